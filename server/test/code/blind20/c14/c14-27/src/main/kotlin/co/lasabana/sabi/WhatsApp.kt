package co.lasabana.sabi

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable

@Serializable data class TextBody(val body: String)
@Serializable data class OutMessage(
    val messaging_product: String = "whatsapp",
    val to: String,
    val type: String = "text",
    val text: TextBody,
)

class WhatsApp(private val phoneId: String, private val token: String) {
    private val http = HttpClient(CIO) { install(ContentNegotiation) { json() } }

    suspend fun send(to: String, text: String) {
        http.post("https://graph.facebook.com/v21.0/$phoneId/messages") {
            bearerAuth(token)
            contentType(ContentType.Application.Json)
            setBody(OutMessage(to = to, text = TextBody(text)))
        }
    }
}
