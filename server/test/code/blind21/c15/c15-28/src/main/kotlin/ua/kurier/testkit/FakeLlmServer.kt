package ua.kurier.testkit

import com.charleskorn.kaml.Yaml
import io.ktor.serialization.kotlinx.json.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.plugins.contentnegotiation.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.*
import java.util.concurrent.CopyOnWriteArrayList

@Serializable
data class Scenario(val name: String, val turns: List<Turn>) {
    @Serializable
    data class Turn(val customer: String, val llmReply: String)
}

/**
 * OpenAI-compatible fake (POST /v1/chat/completions). Replies are scripted from a scenario file; it records every
 * request so tests can assert on the system prompt and history the bot sent. No model is called.
 */
class FakeLlmServer(scenarioResource: String) : AutoCloseable {
    val scenario: Scenario = Yaml.default.decodeFromString(
        Scenario.serializer(),
        javaClass.getResource(scenarioResource)!!.readText(),
    )
    val requests = CopyOnWriteArrayList<JsonObject>()
    private var turn = 0

    private val server = embeddedServer(Netty, port = 0) {
        install(ContentNegotiation) { json() }
        routing {
            post("/v1/chat/completions") {
                val req = call.receive<JsonObject>()
                requests += req
                val reply = scenario.turns.getOrNull(turn++)?.llmReply ?: "[fake] scenario exhausted"
                call.respond(buildJsonObject {
                    put("id", "chatcmpl-fake-$turn"); put("object", "chat.completion"); put("model", "fake")
                    putJsonArray("choices") {
                        addJsonObject {
                            put("index", 0); put("finish_reason", "stop")
                            putJsonObject("message") { put("role", "assistant"); put("content", reply) }
                        }
                    }
                })
            }
        }
    }

    fun start(): FakeLlmServer = apply { server.start(wait = false) }
    val baseUrl: String get() = "http://127.0.0.1:${server.engine.resolvedConnectors().first().port}/v1"

    fun lastSystemPrompt(): String? = requests.lastOrNull()?.get("messages")?.jsonArray
        ?.firstOrNull { it.jsonObject["role"]?.jsonPrimitive?.content == "system" }
        ?.jsonObject?.get("content")?.jsonPrimitive?.content

    override fun close() = server.stop(100, 500)
}
