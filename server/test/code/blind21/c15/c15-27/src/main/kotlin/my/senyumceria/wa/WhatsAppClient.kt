package my.senyumceria.wa

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.plugins.contentnegotiation.*
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.*
import kotlinx.serialization.json.*

class WhatsAppClient(private val token: String, private val phoneId: String) {
    private val http = HttpClient(CIO) { install(ContentNegotiation) { json() } }

    suspend fun hantarTeks(to: String, body: String) {
        http.post("https://graph.facebook.com/v21.0/$phoneId/messages") {
            bearerAuth(token)
            contentType(ContentType.Application.Json)
            setBody(buildJsonObject {
                put("messaging_product", "whatsapp")
                put("to", to)
                put("type", "text")
                putJsonObject("text") { put("body", body) }
            })
        }
    }
}
