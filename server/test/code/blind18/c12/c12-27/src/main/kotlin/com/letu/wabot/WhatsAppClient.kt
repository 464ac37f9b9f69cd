package com.letu.wabot

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.request.*
import io.ktor.http.*
import kotlinx.serialization.json.*

class WhatsAppClient(private val phoneNumberId: String, private val token: String) {
    private val http = HttpClient(CIO)

    suspend fun sendText(to: String, body: String) {
        http.post("https://graph.facebook.com/v21.0/$phoneNumberId/messages") {
            bearerAuth(token)
            contentType(ContentType.Application.Json)
            setBody(buildJsonObject {
                put("messaging_product", "whatsapp")
                put("to", to)
                put("type", "text")
                putJsonObject("text") { put("body", body) }
            }.toString())
        }
    }
}
