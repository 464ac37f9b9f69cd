package id.kopikita.wabot

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import org.springframework.http.MediaType
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import java.util.concurrent.ConcurrentHashMap

@RestController
class TwilioWebhook(
    private val chat: ChatService,
    private val handover: QiscusHandover,
    private val props: BotProperties,
) {
    private val withAgent = ConcurrentHashMap.newKeySet<String>()

    init {
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"))
    }

    @PostMapping("/twilio/wa", produces = [MediaType.APPLICATION_XML_VALUE])
    fun incoming(@RequestParam("From") from: String, @RequestParam("Body") body: String): String {
        val phone = from.removePrefix("whatsapp:")
        if (phone in withAgent) return "<Response/>"

        val text = if (body.trim().equals(props.csKeyword, ignoreCase = true)) {
            handover.assignToCustomerCare(phone, chat.recent(phone))
            withAgent += phone
            "Siap kak! Tim Customer Care KopiKita akan lanjut chat ini sebentar lagi ya 🙏"
        } else {
            chat.reply(phone, body)
        }
        Message.creator(PhoneNumber(from), PhoneNumber(System.getenv("TWILIO_WA_FROM")), text).create()
        return "<Response/>"
    }
}
