package at.tierarztleitner.wa

import com.fasterxml.jackson.databind.JsonNode
import org.springframework.ai.chat.client.ChatClient
import org.springframework.ai.chat.memory.ChatMemory
import org.springframework.beans.factory.annotation.Value
import org.springframework.mail.SimpleMailMessage
import org.springframework.mail.javamail.JavaMailSender
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController
import java.util.concurrent.Executors

@RestController
class WebhookController(
    private val chat: ChatClient,
    private val wa: Dialog360Client,
    private val mail: JavaMailSender,
    @Value("\${ordi.rueckruf-mail}") private val rueckrufMail: String,
) {
    private val pool = Executors.newVirtualThreadPerTaskExecutor()

    @PostMapping("/webhook/360")
    fun inbound(@RequestBody body: JsonNode): Map<String, Boolean> {
        val msg = body.at("/entry/0/changes/0/value/messages/0")
        if (msg.isMissingNode || msg.path("type").asText() != "text") return mapOf("ok" to true)

        val from = msg.path("from").asText()
        val text = msg.at("/text/body").asText().trim()
        val name = body.at("/entry/0/changes/0/value/contacts/0/profile/name").asText("")

        pool.submit {
            if (text.equals("RÜCKRUF", ignoreCase = true) || text.equals("RUECKRUF", ignoreCase = true)) {
                mail.send(SimpleMailMessage().apply {
                    setTo(rueckrufMail)
                    subject = "WhatsApp Rückrufwunsch: $name (+$from)"
                    setText("Bitte zurückrufen: +$from ($name). Anliegen siehe WhatsApp-Verlauf.")
                })
                wa.sendText(from, "Danke! Unsere Ordinationsassistenz ruft Sie am selben oder nächsten Werktag unter +$from zurück.")
                return@submit
            }
            val answer = chat.prompt()
                .user(text)
                .advisors { it.param(ChatMemory.CONVERSATION_ID, from) }
                .call()
                .content()
            wa.sendText(from, answer ?: "Entschuldigung, bitte versuchen Sie es später noch einmal.")
        }
        return mapOf("ok" to true)
    }
}
