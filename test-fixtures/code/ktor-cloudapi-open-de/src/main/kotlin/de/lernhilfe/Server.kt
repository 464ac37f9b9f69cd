package de.lernhilfe

import io.ktor.client.*
import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.lernfuchs(http: HttpClient, modell: Modell) {
    routing {
        post("/whatsapp") {
        // ^^^^^^^^^^^^^^^^ flow/no-human-path
            val text = call.receiveText() // entry[0].changes[0].value.messages[0].text.body
            val von = Regex("\"from\":\"(\\d+)\"").find(text)?.groupValues?.get(1) ?: return@post
            val antwort = modell.antworte(Texte.fuer(text.contains("#schule")), text)
            http.post("https://graph.facebook.com/v20.0/${System.getenv("WA_PHONE_ID")}/messages") {
                setBody(mapOf("messaging_product" to "whatsapp", "to" to von, "text" to mapOf("body" to antwort)))
            }
            call.respondText("ok")
        }
    }
}
