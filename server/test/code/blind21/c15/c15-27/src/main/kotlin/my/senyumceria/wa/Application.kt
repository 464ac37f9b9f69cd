package my.senyumceria.wa

import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.coroutines.launch
import kotlinx.serialization.json.*

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT")?.toInt() ?: 8080, module = Application::module).start(wait = true)
}

fun Application.module() {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    val wa = WhatsAppClient(System.getenv("WA_TOKEN"), System.getenv("WA_PHONE_ID"))
    val pembantu = Pembantu()

    routing {
        get("/webhook") {
            val p = call.request.queryParameters
            if (p["hub.verify_token"] == System.getenv("WA_VERIFY")) call.respondText(p["hub.challenge"] ?: "")
            else call.respond(HttpStatusCode.Forbidden)
        }
        post("/webhook") {
            val body = call.receive<JsonObject>()
            call.respond(HttpStatusCode.OK)
            val msg = body["entry"]?.jsonArray?.firstOrNull()?.jsonObject
                ?.get("changes")?.jsonArray?.firstOrNull()?.jsonObject
                ?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject ?: return@post
            if (msg["type"]?.jsonPrimitive?.content != "text") return@post
            val from = msg["from"]!!.jsonPrimitive.content
            val text = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content
            application.launch { wa.hantarTeks(from, pembantu.jawab(from, text)) }
        }
    }
}
