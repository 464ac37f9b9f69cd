package pt.livrariaatlantico.wa

import com.fasterxml.jackson.databind.JsonNode
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.http.ResponseEntity
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.web.bind.annotation.*
import org.springframework.web.client.RestClient

@SpringBootApplication
class App

fun main(args: Array<String>) {
    runApplication<App>(*args)
}

@RestController
@RequestMapping("/whatsapp")
class WebhookController(
    private val assistente: Assistente,
    private val chatwoot: Chatwoot,
    private val jdbc: JdbcTemplate,
    @Value("\${whatsapp.token}") token: String,
    @Value("\${whatsapp.phone-id}") private val phoneId: String,
    @Value("\${whatsapp.verify-token}") private val verifyToken: String,
) {
    private val graph = RestClient.builder().baseUrl("https://graph.facebook.com/v21.0")
        .defaultHeader("Authorization", "Bearer $token").build()

    @GetMapping
    fun verificar(@RequestParam("hub.verify_token") t: String, @RequestParam("hub.challenge") c: String): ResponseEntity<String> =
        if (t == verifyToken) ResponseEntity.ok(c) else ResponseEntity.status(403).build()

    @PostMapping
    fun receber(@RequestBody body: JsonNode): ResponseEntity<Void> {
        val msg = body.at("/entry/0/changes/0/value/messages/0")
        if (msg.path("type").asText() != "text") return ResponseEntity.ok().build()
        val de = msg.path("from").asText()
        var resposta = assistente.responder(msg.at("/text/body").asText())
        if (resposta.contains("#HUMANO")) {
            resposta = resposta.replace("#HUMANO", "").trim() +
                "\n\nJá passei a conversa à nossa equipa, que lhe responde aqui (seg–sáb, 9h–20h)."
            val conversa = jdbc.queryForObject("select chatwoot_id from conversas where wa_id = ?", Int::class.java, de)
            if (conversa != null) chatwoot.passarParaEquipa(conversa)
        }
        graph.post().uri("/$phoneId/messages")
            .body(mapOf("messaging_product" to "whatsapp", "to" to de, "type" to "text", "text" to mapOf("body" to resposta)))
            .retrieve().toBodilessEntity()
        return ResponseEntity.ok().build()
    }
}
