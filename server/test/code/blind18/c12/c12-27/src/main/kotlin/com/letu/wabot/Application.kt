package com.letu.wabot

import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.coroutines.launch
import kotlinx.serialization.json.*

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }

    val cfg = environment.config
    val wa = WhatsAppClient(
        cfg.property("whatsapp.phoneNumberId").getString(),
        cfg.property("whatsapp.token").getString(),
    )
    val assistant = Assistant(
        model = cfg.property("assistant.model").getString(),
        systemPrompt = cfg.property("assistant.systemPrompt").getString(),
        historyTurns = cfg.property("assistant.historyTurns").getString().toInt(),
    )
    val verifyToken = cfg.property("whatsapp.verifyToken").getString()

    routing {
        get("/webhook") {
            val p = call.request.queryParameters
            if (p["hub.verify_token"] == verifyToken) call.respondText(p["hub.challenge"] ?: "")
            else call.respond(HttpStatusCode.Forbidden)
        }
        post("/webhook") {
            val body = call.receive<JsonObject>()
            val msg = body["entry"]?.jsonArray?.firstOrNull()?.jsonObject
                ?.get("changes")?.jsonArray?.firstOrNull()?.jsonObject
                ?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject
            call.respond(HttpStatusCode.OK)
            if (msg != null && msg["type"]?.jsonPrimitive?.content == "text") {
                val from = msg["from"]!!.jsonPrimitive.content
                val text = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content
                launch { wa.sendText(from, assistant.reply(from, text)) }
            }
        }
    }
}
