package com.preguntale

import io.ktor.client.*
import io.ktor.client.call.*
import io.ktor.client.request.*
import io.ktor.http.*
import kotlinx.serialization.Serializable

@Serializable data class Msg(val role: String, val content: String)
@Serializable data class ChatReq(val model: String, val messages: List<Msg>, val temperature: Double = 0.7)
@Serializable data class Choice(val message: Msg)
@Serializable data class ChatRes(val choices: List<Choice>)

class OpenAi(private val http: HttpClient, private val key: String, private val model: String) {
    suspend fun complete(system: String, history: List<Msg>): String {
        val res: ChatRes = http.post("https://api.openai.com/v1/chat/completions") {
            bearerAuth(key)
            contentType(ContentType.Application.Json)
            setBody(ChatReq(model, listOf(Msg("system", system)) + history))
        }.body()
        return res.choices.first().message.content
    }
}
