package kr.seoulbom.wa

import com.aallam.openai.api.chat.*
import com.aallam.openai.api.core.Parameters
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.serialization.json.*

private val systemPrompt = object {}.javaClass.getResource("/system_prompt_ko.txt")!!.readText()
private val openai = OpenAI(System.getenv("OPENAI_API_KEY"))
private val http = HttpClient(CIO)
private val phoneId = System.getenv("WA_PHONE_ID")
private val token = System.getenv("WA_TOKEN")
private val staff = StaffForward(http, phoneId, token)

private val forwardTool = Tool.function(
    name = "forward_to_staff",
    description = "원무과 상담 직원에게 대화를 넘김",
    parameters = Parameters.buildJsonObject {
        put("type", "object")
        putJsonObject("properties") { putJsonObject("summary") { put("type", "string") } }
        putJsonArray("required") { add("summary") }
    },
)

suspend fun reply(waId: String, text: String): String {
    val msgs = mutableListOf(ChatMessage.System(systemPrompt), ChatMessage.User(text))
    var res = openai.chatCompletion(ChatCompletionRequest(model = ModelId("gpt-4o-mini"), messages = msgs, tools = listOf(forwardTool)))
    val call = res.choices.first().message.toolCalls?.firstOrNull() as? ToolCall.Function
    if (call != null) {
        val summary = Json.parseToJsonElement(call.function.arguments).jsonObject["summary"]!!.jsonPrimitive.content
        staff.forward(waId, summary)
        msgs += res.choices.first().message
        msgs += ChatMessage.Tool(content = """{"forwarded":true}""", toolCallId = call.id)
        res = openai.chatCompletion(ChatCompletionRequest(model = ModelId("gpt-4o-mini"), messages = msgs))
    }
    return res.choices.first().message.content.orEmpty()
}

fun main() {
    embeddedServer(Netty, port = 8080) {
        routing {
            post("/webhook") {
                val body = Json.parseToJsonElement(call.receiveText()).jsonObject
                val msg = body["entry"]?.jsonArray?.get(0)?.jsonObject?.get("changes")?.jsonArray?.get(0)
                    ?.jsonObject?.get("value")?.jsonObject?.get("messages")?.jsonArray?.getOrNull(0)?.jsonObject
                call.respond(HttpStatusCode.OK)
                if (msg == null || msg["type"]?.jsonPrimitive?.content != "text") return@post
                val from = msg["from"]!!.jsonPrimitive.content
                val answer = reply(from, msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content)
                http.post("https://graph.facebook.com/v21.0/$phoneId/messages") {
                    bearerAuth(token); contentType(ContentType.Application.Json)
                    setBody(buildJsonObject {
                        put("messaging_product", "whatsapp"); put("to", from); put("type", "text")
                        putJsonObject("text") { put("body", answer) }
                    }.toString())
                }
            }
        }
    }.start(wait = true)
}
