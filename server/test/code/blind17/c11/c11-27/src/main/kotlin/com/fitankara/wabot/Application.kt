package com.fitankara.wabot

import com.aallam.openai.api.chat.*
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.*
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receiveText
import io.ktor.server.response.respondText
import io.ktor.server.routing.*
import kotlinx.coroutines.launch
import kotlinx.serialization.json.*

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

private val gecmis = mutableMapOf<String, MutableList<ChatMessage>>()
private val http = HttpClient(CIO)

fun Application.module() {
    install(ContentNegotiation) { json() }
    val cfg = environment.config
    val model = ModelId(cfg.property("bot.model").getString())
    val sistem = sistemPromptu(cfg.property("bot.salon").getString(), cfg.property("bot.sube").getString())
    val openAI = OpenAI(token = System.getenv("OPENAI_API_KEY"))

    val araclar = listOf(
        Tool.function(
            name = "dersRezervasyonu",
            description = "Grup dersi için yer ayırt",
            parameters = Parameters.buildJsonObject {
                put("type", "object")
                putJsonObject("properties") {
                    putJsonObject("ders") { put("type", "string") }
                    putJsonObject("tarih") { put("type", "string") }
                }
                putJsonArray("required") { add("ders"); add("tarih") }
            },
        ),
        Tool.function(
            name = "temsilciyeAktar",
            description = "Talebi salon ekibine iletir",
            parameters = Parameters.buildJsonObject {
                put("type", "object")
                putJsonObject("properties") { putJsonObject("ozet") { put("type", "string") } }
                putJsonArray("required") { add("ozet") }
            },
        ),
    )

    suspend fun cevapla(tel: String, metin: String): String {
        val h = gecmis.getOrPut(tel) { mutableListOf(ChatMessage(ChatRole.System, sistem)) }
        h += ChatMessage(ChatRole.User, metin)
        repeat(3) {
            val yanit = openAI.chatCompletion(ChatCompletionRequest(model = model, messages = h, tools = araclar))
            val m = yanit.choices.first().message
            h += m
            val calls = m.toolCalls.orEmpty().filterIsInstance<ToolCall.Function>()
            if (calls.isEmpty()) return m.content.orEmpty()
            for (c in calls) {
                val a = Json.parseToJsonElement(c.function.arguments).jsonObject
                val sonuc = when (c.function.name) {
                    "dersRezervasyonu" -> Araclar.dersRezervasyonu(tel, a["ders"]!!.jsonPrimitive.content, a["tarih"]!!.jsonPrimitive.content)
                    else -> Araclar.temsilciyeAktar(tel, a["ozet"]?.jsonPrimitive?.content.orEmpty())
                }
                h += ChatMessage(role = ChatRole.Tool, toolCallId = c.id, name = c.function.name, content = sonuc)
            }
        }
        return "Şu an yanıt veremiyorum, lütfen tekrar deneyin."
    }

    routing {
        get("/webhook") {
            val p = call.request.queryParameters
            if (p["hub.verify_token"] == System.getenv("WA_VERIFY")) call.respondText(p["hub.challenge"] ?: "")
            else call.respondText("forbidden", status = HttpStatusCode.Forbidden)
        }
        post("/webhook") {
            val body = Json.parseToJsonElement(call.receiveText()).jsonObject
            val msg = body["entry"]?.jsonArray?.get(0)?.jsonObject?.get("changes")?.jsonArray?.get(0)
                ?.jsonObject?.get("value")?.jsonObject?.get("messages")?.jsonArray?.firstOrNull()?.jsonObject
            call.respondText("ok")
            if (msg == null || msg["type"]?.jsonPrimitive?.content != "text") return@post
            val tel = msg["from"]!!.jsonPrimitive.content
            val metin = msg["text"]!!.jsonObject["body"]!!.jsonPrimitive.content
            application.launch {
                val cevap = cevapla(tel, metin)
                http.post("https://graph.facebook.com/v21.0/${System.getenv("WA_PHONE_ID")}/messages") {
                    bearerAuth(System.getenv("WA_TOKEN"))
                    contentType(ContentType.Application.Json)
                    setBody(buildJsonObject {
                        put("messaging_product", "whatsapp"); put("to", tel); put("type", "text")
                        putJsonObject("text") { put("body", cevap) }
                    }.toString())
                }
            }
        }
    }
}
