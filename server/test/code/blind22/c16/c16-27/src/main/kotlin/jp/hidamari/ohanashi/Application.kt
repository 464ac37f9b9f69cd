package jp.hidamari.ohanashi

import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.netty.EngineMain
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receiveText
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.coroutines.launch
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.util.concurrent.ConcurrentHashMap

fun main(args: Array<String>) = EngineMain.main(args)

fun Application.module() {
    install(ContentNegotiation) { json() }
    val conf = environment.config
    val wa = WhatsApp(conf.property("whatsapp.token").getString(), conf.property("whatsapp.phoneNumberId").getString())
    val gemini = Gemini(conf.property("gemini.apiKey").getString(), conf.property("gemini.model").getString())
    val verify = conf.property("whatsapp.verifyToken").getString()
    val staff = conf.property("care.staffWaId").getString()
    val histories = ConcurrentHashMap<String, MutableList<Content>>()

    routing {
        get("/webhook") {
            val q = call.request.queryParameters
            if (q["hub.verify_token"] == verify) call.respondText(q["hub.challenge"] ?: "")
            else call.respond(HttpStatusCode.Forbidden)
        }

        post("/webhook") {
            val root = Json.parseToJsonElement(call.receiveText()).jsonObject
            call.respond(HttpStatusCode.OK)
            val value = root["entry"]?.jsonArray?.firstOrNull()?.jsonObject
                ?.get("changes")?.jsonArray?.firstOrNull()?.jsonObject?.get("value")?.jsonObject ?: return@post
            val msg = value["messages"]?.jsonArray?.firstOrNull()?.jsonObject ?: return@post
            if (msg["type"]?.jsonPrimitive?.content != "text") return@post
            val from = msg["from"]!!.jsonPrimitive.content
            val text = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content

            call.application.launch {
                if (Persona.ALERT_WORDS.any { text.contains(it) }) {
                    wa.send(staff, "【見守りアラート】契約者 +$from から: 「$text」\n至急お電話で確認してください。")
                }
                val h = histories.getOrPut(from) { mutableListOf() }
                h += Content("user", listOf(Part(text)))
                val answer = gemini.reply(h.takeLast(20))
                h += Content("model", listOf(Part(answer)))
                wa.send(from, answer)
            }
        }
    }
}
