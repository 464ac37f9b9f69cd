package ua.kurier.testkit

import io.ktor.http.*
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.serialization.json.*
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Test double for graph.facebook.com: accepts POST /{version}/{phoneId}/messages and records what the bot
 * under test tried to send. Nothing is delivered to WhatsApp.
 */
class FakeWhatsAppCloudApi(private val port: Int = 0) : AutoCloseable {
    data class Sent(val to: String, val body: String)

    val sent = CopyOnWriteArrayList<Sent>()
    private val server = embeddedServer(Netty, port = port) {
        install(ContentNegotiation) { json() }
        routing {
            post("/{version}/{phoneId}/messages") {
                val json = call.receive<JsonObject>()
                val to = json["to"]!!.jsonPrimitive.content
                val body = json["text"]?.jsonObject?.get("body")?.jsonPrimitive?.content ?: ""
                sent += Sent(to, body)
                call.respond(buildJsonObject {
                    put("messaging_product", "whatsapp")
                    putJsonArray("messages") { addJsonObject { put("id", "wamid.fake.${sent.size}") } }
                })
            }
        }
    }

    fun start(): FakeWhatsAppCloudApi = apply { server.start(wait = false) }
    val baseUrl: String get() = "http://127.0.0.1:${server.engine.resolvedConnectors().first().port}"

    /** Builds the webhook payload Meta would POST to the bot for an inbound text. */
    fun inboundText(from: String, text: String): String = buildJsonObject {
        putJsonArray("entry") {
            addJsonObject {
                putJsonArray("changes") {
                    addJsonObject {
                        putJsonObject("value") {
                            putJsonArray("messages") {
                                addJsonObject {
                                    put("from", from); put("id", "wamid.in.${System.nanoTime()}"); put("type", "text")
                                    putJsonObject("text") { put("body", text) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }.toString()

    override fun close() = server.stop(100, 500)
}
