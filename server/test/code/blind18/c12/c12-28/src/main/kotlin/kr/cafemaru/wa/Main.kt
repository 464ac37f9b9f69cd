package kr.cafemaru.wa

import com.google.genai.Client
import com.google.genai.types.Content
import com.google.genai.types.GenerateContentConfig
import com.google.genai.types.Part
import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import io.javalin.Javalin
import java.util.concurrent.ConcurrentHashMap

private val SYSTEM = object {}.javaClass.getResource("/prompts/system_ko.txt")!!.readText()
private val AGENT_WORDS = setOf("상담원", "agent", "human", "担当者", "人工")

fun main() {
    Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"))
    val from = PhoneNumber(System.getenv("TWILIO_WA_FROM"))
    val gemini = Client.builder().apiKey(System.getenv("GOOGLE_API_KEY")).build()
    val desk = ChannelTalkDesk()
    val history = ConcurrentHashMap<String, MutableList<Content>>()
    val config = GenerateContentConfig.builder()
        .systemInstruction(Content.fromParts(Part.fromText(SYSTEM)))
        .temperature(0.3f)
        .build()

    fun send(to: String, text: String) = Message.creator(PhoneNumber(to), from, text).create()

    val app = Javalin.create().start(8080)

    app.post("/twilio/wa") { ctx ->
        val user = ctx.formParam("From")!!
        val body = ctx.formParam("Body").orEmpty().trim()
        ctx.status(204)

        if (desk.isOpen(user)) {
            desk.forward(user, body)
            return@post
        }
        if (body.lowercase() in AGENT_WORDS) {
            desk.open(user, history[user].orEmpty().joinToString("\n") { it.text() ?: "" })
            send(user, "CS 매니저에게 연결했어요 🙋 이 채팅에서 바로 답변드릴게요. (평일 10:00~19:00)")
            return@post
        }

        val h = history.getOrPut(user) { mutableListOf() }
        h += Content.builder().role("user").parts(listOf(Part.fromText(body))).build()
        val res = gemini.models.generateContent("gemini-2.0-flash", h.takeLast(12), config)
        val answer = res.text() ?: "죄송해요, 다시 한 번 보내주시겠어요?"
        h += Content.builder().role("model").parts(listOf(Part.fromText(answer))).build()
        send(user, answer)
    }

    // 채널톡 webhook: CS 매니저 답변 → 고객 WhatsApp
    app.post("/channeltalk/hook") { ctx ->
        desk.parseManagerReply(ctx.body())?.let { (user, text) -> send(user, text) }
        ctx.status(200)
    }
}
