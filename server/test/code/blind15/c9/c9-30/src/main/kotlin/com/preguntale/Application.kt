package com.preguntale

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation as ClientCN
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.serialization.json.*
import java.util.concurrent.ConcurrentHashMap

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    val cfg = environment.config.config("preguntale")
    val json = Json { ignoreUnknownKeys = true }
    val http = HttpClient(CIO) { install(ClientCN) { json(json) } }
    val ai = OpenAi(http, cfg.property("openaiKey").getString(), cfg.property("model").getString())
    val phoneId = cfg.property("waPhoneNumberId").getString()
    val token = cfg.property("waToken").getString()
    val histories = ConcurrentHashMap<String, MutableList<Msg>>()
    val proUsers: Set<String> = System.getenv("PRO_NUMBERS")?.split(",")?.toSet() ?: emptySet() // TODO: Stripe webhook

    install(ContentNegotiation) { json(json) }

    routing {
        get("/webhook") {
            val p = call.request.queryParameters
            if (p["hub.verify_token"] == cfg.property("verifyToken").getString()) call.respondText(p["hub.challenge"] ?: "")
            else call.respond(HttpStatusCode.Forbidden)
        }
        post("/webhook") {
            val body = json.parseToJsonElement(call.receiveText()).jsonObject
            call.respond(HttpStatusCode.OK)
            val msg = body["entry"]?.jsonArray?.get(0)?.jsonObject?.get("changes")?.jsonArray?.get(0)?.jsonObject
                ?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject ?: return@post
            if (msg["type"]?.jsonPrimitive?.content != "text") return@post
            val from = msg["from"]!!.jsonPrimitive.content
            val text = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content

            val h = histories.getOrPut(from) { mutableListOf() }
            h += Msg("user", text)
            val answer = ai.complete(Prompts.system(from in proUsers), h.takeLast(20))
            h += Msg("assistant", answer)

            http.post("https://graph.facebook.com/v21.0/$phoneId/messages") {
                bearerAuth(token)
                contentType(ContentType.Application.Json)
                setBody(buildJsonObject {
                    put("messaging_product", "whatsapp"); put("to", from); put("type", "text")
                    putJsonObject("text") { put("body", answer) }
                })
            }
        }
    }
}
