package ua.kurier.testkit

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.request.*
import io.ktor.client.statement.*
import io.ktor.http.*
import kotlinx.coroutines.runBlocking
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class FakeServersTest {
    @Test
    fun `fake llm replays scenario and records system prompt`() = runBlocking {
        FakeLlmServer("/scenarios/offtopic.yaml").start().use { llm ->
            val http = HttpClient(CIO)
            val resp = http.post("${llm.baseUrl}/chat/completions") {
                contentType(ContentType.Application.Json)
                setBody("""{"model":"x","messages":[{"role":"system","content":"TEST PROMPT"},{"role":"user","content":"hi"}]}""")
            }
            assertTrue(resp.bodyAsText().contains("лише з доставкою"))
            assertEquals("TEST PROMPT", llm.lastSystemPrompt())
        }
    }

    @Test
    fun `fake whatsapp records outgoing messages`() = runBlocking {
        FakeWhatsAppCloudApi().start().use { wa ->
            HttpClient(CIO).post("${wa.baseUrl}/v21.0/123/messages") {
                contentType(ContentType.Application.Json)
                setBody("""{"messaging_product":"whatsapp","to":"380671234567","type":"text","text":{"body":"тест"}}""")
            }
            assertEquals(listOf(FakeWhatsAppCloudApi.Sent("380671234567", "тест")), wa.sent.toList())
        }
    }
}
