package at.tierarztleitner.wa

import org.springframework.beans.factory.annotation.Value
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

@Component
class Dialog360Client(
    @Value("\${dialog360.base-url}") baseUrl: String,
    @Value("\${dialog360.api-key}") apiKey: String,
) {
    private val http = RestClient.builder()
        .baseUrl(baseUrl)
        .defaultHeader("D360-API-KEY", apiKey)
        .build()

    fun sendText(to: String, body: String) {
        http.post().uri("/messages")
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                mapOf(
                    "messaging_product" to "whatsapp",
                    "recipient_type" to "individual",
                    "to" to to,
                    "type" to "text",
                    "text" to mapOf("body" to body),
                )
            )
            .retrieve()
            .toBodilessEntity()
    }
}
