package de.lernhilfe

import io.ktor.client.*
import io.ktor.client.request.*
import io.ktor.client.statement.*

class Modell(private val http: HttpClient, private val schluessel: String) {
    suspend fun antworte(anweisung: String, frage: String): String {
        val antwort = http.post("https://api.openai.com/v1/chat/completions") {
        //                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
            header("Authorization", "Bearer $schluessel")
            setBody(mapOf("model" to "gpt-4o-mini", "messages" to listOf(
                mapOf("role" to "system", "content" to anweisung),
                mapOf("role" to "user", "content" to frage),
            )))
        }
        return antwort.bodyAsText()
    }
}
