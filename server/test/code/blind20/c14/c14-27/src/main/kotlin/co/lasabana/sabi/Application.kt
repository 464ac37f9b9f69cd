package co.lasabana.sabi

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.request.receiveText
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive

private val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)

fun main() {
    val sabi = Sabi(System.getenv("OPENAI_API_KEY"))
    val wa = WhatsApp(System.getenv("WA_PHONE_ID"), System.getenv("WA_TOKEN"))
    val verify = System.getenv("WA_VERIFY_TOKEN")

    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080) {
        install(ContentNegotiation) { json() }
        routing {
            get("/webhook") {
                val p = call.request.queryParameters
                if (p["hub.mode"] == "subscribe" && p["hub.verify_token"] == verify) {
                    call.respondText(p["hub.challenge"] ?: "")
                } else call.respond(HttpStatusCode.Forbidden)
            }
            post("/webhook") {
                val root = Json.parseToJsonElement(call.receiveText()).jsonObject
                val msg = root["entry"]?.jsonArray?.firstOrNull()?.jsonObject
                    ?.get("changes")?.jsonArray?.firstOrNull()?.jsonObject
                    ?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject
                val type = msg?.get("type")?.jsonPrimitive?.content
                if (msg != null && type == "text") {
                    val from = msg["from"]!!.jsonPrimitive.content
                    val body = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content
                    scope.launch { wa.send(from, sabi.reply(from, body)) }
                }
                call.respond(HttpStatusCode.OK)
            }
        }
    }.start(wait = true)
}
