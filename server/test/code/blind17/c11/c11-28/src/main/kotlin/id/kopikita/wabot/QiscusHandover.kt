package id.kopikita.wabot

import org.springframework.stereotype.Service
import org.springframework.web.client.RestClient

/** Serahkan room ke agen Customer Care (manusia) di Qiscus Omnichannel. */
@Service
class QiscusHandover {
    private val client = RestClient.builder()
        .baseUrl("https://omnichannel.qiscus.com/api/v1")
        .defaultHeader("Qiscus-App-Id", System.getenv("QISCUS_APP_ID") ?: "")
        .defaultHeader("Qiscus-Secret-Key", System.getenv("QISCUS_SECRET") ?: "")
        .build()

    fun assignToCustomerCare(phone: String, lastMessages: List<String>) {
        client.post().uri("/admin/service/allocate_assign_agent")
            .body(mapOf("channel" to "whatsapp", "phone" to phone, "division" to "Customer Care", "notes" to lastMessages.joinToString("\n")))
            .retrieve().toBodilessEntity()
    }
}
