package il.cheforen.wa

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import org.springframework.beans.factory.annotation.Value
import org.springframework.data.redis.core.StringRedisTemplate
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.client.RestClient
import java.time.Duration

@RestController
class WhatsAppController(
    private val llm: Llm,
    private val redis: StringRedisTemplate,
    @Value("\${whatsapp.token}") private val token: String,
    @Value("\${whatsapp.phone-number-id}") private val phoneNumberId: String,
    @Value("\${whatsapp.verify-token}") private val verifyToken: String,
    @Value("\${bot.admin-numbers}") adminNumbers: String,
    @Value("\${bot.office-number}") private val officeNumber: String,
) {
    private val admins = adminNumbers.split(",").map { it.trim() }.toSet()
    private val mapper = jacksonObjectMapper()
    private val graph = RestClient.builder()
        .baseUrl("https://graph.facebook.com/v21.0/$phoneNumberId")
        .defaultHeader("Authorization", "Bearer $token")
        .build()

    @GetMapping("/webhook")
    fun verify(
        @RequestParam("hub.verify_token") vt: String,
        @RequestParam("hub.challenge") challenge: String,
    ): ResponseEntity<String> = if (vt == verifyToken) ResponseEntity.ok(challenge) else ResponseEntity.status(403).build()

    @PostMapping("/webhook")
    fun inbound(@RequestBody body: JsonNode): ResponseEntity<Void> {
        val msg = body.at("/entry/0/changes/0/value/messages/0")
        if (msg.isMissingNode || msg.path("type").asText() != "text") return ResponseEntity.ok().build()
        val from = msg.path("from").asText()
        val text = msg.path("text").path("body").asText().trim()

        // פקודת /gpt – רק למספרים של אורן ומירב
        if (from in admins && text.startsWith("/gpt ")) {
            send(from, llm.answer("admin.system", listOf("user" to text.removePrefix("/gpt "))))
            return ResponseEntity.ok().build()
        }

        if (redis.hasKey("human:$from")) return ResponseEntity.ok().build()

        if (text.contains("נציג") || text.equals("agent", ignoreCase = true)) {
            redis.opsForValue().set("human:$from", "1", Duration.ofHours(6))
            send(officeNumber, "📞 לקוח ביקש נציג: +$from\nhttps://wa.me/$from\nהבוט מושתק לשיחה הזאת ל-6 שעות.")
            send(from, "העברתי את הפנייה למשרד 🙏 מירב או נועה יחזרו אלייך כאן בוואטסאפ (א'–ה' 8:00–17:00, ו' עד 12:00).")
            return ResponseEntity.ok().build()
        }

        val key = "hist:$from"
        val history: MutableList<Pair<String, String>> =
            redis.opsForValue().get(key)?.let { mapper.readValue(it) } ?: mutableListOf()
        history += "user" to text
        val answer = llm.answer("customer.system", history.takeLast(12))
        history += "assistant" to answer
        redis.opsForValue().set(key, mapper.writeValueAsString(history.takeLast(20)), Duration.ofDays(3))
        send(from, answer)
        return ResponseEntity.ok().build()
    }

    private fun send(to: String, text: String) {
        graph.post().uri("/messages")
            .body(mapOf("messaging_product" to "whatsapp", "to" to to, "type" to "text", "text" to mapOf("body" to text)))
            .retrieve().toBodilessEntity()
    }
}
