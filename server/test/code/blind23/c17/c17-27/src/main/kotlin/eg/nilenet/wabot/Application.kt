package eg.nilenet.wabot

import dev.shreyaspatil.ai.client.generativeai.GenerativeModel
import dev.shreyaspatil.ai.client.generativeai.type.FunctionDeclaration
import dev.shreyaspatil.ai.client.generativeai.type.FunctionType
import dev.shreyaspatil.ai.client.generativeai.type.Schema
import dev.shreyaspatil.ai.client.generativeai.type.Tool
import dev.shreyaspatil.ai.client.generativeai.type.content
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

private val SYSTEM = object {}.javaClass.getResource("/system_prompt_ar.txt")!!.readText()
private val http = HttpClient(CIO)

private val tools = listOf(
    Tool(
        listOf(
            FunctionDeclaration("checkBalance", "يجيب رصيد واستهلاك الخط", listOf(Schema.str("msisdn", "رقم الخط")), listOf("msisdn")),
            FunctionDeclaration("requestAgent", "تحويل لخدمة العملاء", listOf(Schema.str("reason", "السبب")), listOf("reason")),
        ),
    ),
)

private val model = GenerativeModel(
    modelName = "gemini-1.5-flash",
    apiKey = System.getenv("GEMINI_API_KEY"),
    systemInstruction = content { text(SYSTEM) },
    tools = tools,
)

suspend fun reply(from: String, text: String): String {
    val res = model.generateContent(text)
    val call = res.functionCalls.firstOrNull() ?: return res.text ?: ""
    return when (call.name) {
        "requestAgent" -> Handoff.requestAgent(from, call.args["reason"] ?: "")
        "checkBalance" -> Billing.balance(from)
        else -> "حصلت مشكلة، جرّب تاني."
    }
}

suspend fun send(to: String, body: String) {
    http.post("https://waba-v2.360dialog.io/messages") {
        header("D360-API-KEY", System.getenv("D360_API_KEY"))
        contentType(ContentType.Application.Json)
        setBody(
            buildJsonObject {
                put("messaging_product", "whatsapp")
                put("to", to)
                put("type", "text")
                putJsonObject("text") { put("body", body) }
            }.toString(),
        )
    }
}

fun main() {
    embeddedServer(Netty, port = 8080) {
        install(ContentNegotiation) { json() }
        routing {
            post("/360/webhook") {
                val body = call.receive<JsonObject>()
                val msg = body["entry"]?.jsonArray?.firstOrNull()?.jsonObject
                    ?.get("changes")?.jsonArray?.firstOrNull()?.jsonObject
                    ?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject
                if (msg != null && msg["type"]?.jsonPrimitive?.content == "text") {
                    val from = msg["from"]!!.jsonPrimitive.content
                    val text = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content
                    send(from, reply(from, text))
                }
                call.respond(HttpStatusCode.OK)
            }
        }
    }.start(wait = true)
}
