package th.baansook

import com.google.genai.Client
import com.google.genai.types.Content
import com.google.genai.types.GenerateContentConfig
import com.google.genai.types.Part
import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import io.javalin.Javalin

private val gemini = Client.builder().apiKey(System.getenv("GOOGLE_API_KEY")).build()

/** "AI Agent ขั้นสูง" = same Gemini but the Pro model with a longer context. No human in the loop. */
private fun advancedAgent(text: String): String =
    gemini.models.generateContent("gemini-1.5-pro", text,
        GenerateContentConfig.builder().systemInstruction(Content.fromParts(Part.fromText(Prompts.system))).build()).text() ?: ""

fun main() {
    Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"))
    val from = PhoneNumber(System.getenv("TWILIO_FROM"))
    val cfg = GenerateContentConfig.builder()
        .systemInstruction(Content.fromParts(Part.fromText(Prompts.system)))
        .temperature(0.7f)
        .build()

    Javalin.create().post("/wa") { ctx ->
        val user = ctx.formParam("From") ?: return@post
        val body = ctx.formParam("Body").orEmpty()
        ctx.status(204)
        var answer = gemini.models.generateContent("gemini-2.0-flash", body, cfg).text() ?: ""
        if (answer.contains("#ESCALATE")) {
            Message.creator(PhoneNumber(user), from, answer.replace("#ESCALATE", "").trim()).create()
            answer = advancedAgent(body)
        }
        Message.creator(PhoneNumber(user), from, answer).create()
    }.start(8080)
}
