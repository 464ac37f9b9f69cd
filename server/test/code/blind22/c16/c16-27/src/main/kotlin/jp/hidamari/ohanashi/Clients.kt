package jp.hidamari.ohanashi

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.parameter
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json

@Serializable data class Part(val text: String)
@Serializable data class Content(val role: String, val parts: List<Part>)
@Serializable data class SystemInstruction(val parts: List<Part>)
@Serializable data class GenerateRequest(val systemInstruction: SystemInstruction, val contents: List<Content>)
@Serializable data class Candidate(val content: Content? = null)
@Serializable data class GenerateResponse(val candidates: List<Candidate> = emptyList())

val http = HttpClient(CIO) {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
}

class Gemini(private val apiKey: String, private val model: String) {
    suspend fun reply(history: List<Content>): String {
        val res: GenerateResponse = http.post("https://generativelanguage.googleapis.com/v1beta/models/$model:generateContent") {
            parameter("key", apiKey)
            contentType(ContentType.Application.Json)
            setBody(GenerateRequest(SystemInstruction(listOf(Part(Persona.SYSTEM))), history))
        }.body()
        return res.candidates.firstOrNull()?.content?.parts?.joinToString("") { it.text }
            ?: "ごめんなさいね、少し聞き取れませんでした。もう一度お話ししてもらえますか？"
    }
}

class WhatsApp(private val token: String, private val phoneNumberId: String) {
    @Serializable data class Text(val body: String)
    @Serializable data class Outgoing(val messaging_product: String = "whatsapp", val to: String, val type: String = "text", val text: Text)

    suspend fun send(to: String, body: String) {
        http.post("https://graph.facebook.com/v21.0/$phoneNumberId/messages") {
            bearerAuth(token)
            contentType(ContentType.Application.Json)
            setBody(Outgoing(to = to, text = Text(body)))
        }
    }
}
