package br.sorriso

import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import org.springframework.web.bind.annotation.*
import org.springframework.web.client.RestTemplate

@RestController
class WebhookController(private val rest: RestTemplate) {
    private val numeroAtendente = System.getenv("NUMERO_ATENDENTE") ?: "whatsapp:+5511999990000"
    private val pausados = mutableSetOf<String>()

    // TODO: abrir ticket no Zendesk quando tivermos a conta
    @PostMapping("/twilio/whatsapp")
    fun receber(@RequestParam("From") de: String, @RequestParam("Body") texto: String): String {
        if (de in pausados) return ""
        if (texto.trim().lowercase() in setOf("atendente", "humano", "pessoa")) {
            pausados += de
            enviarMensagem(numeroAtendente, "Paciente $de pediu atendimento humano")
            return "Um atendente da recepção vai continuar a conversa por aqui."
        }
        val corpo = mapOf(
            "model" to "gpt-4o-mini",
            "messages" to listOf(mapOf("role" to "system", "content" to SISTEMA), mapOf("role" to "user", "content" to texto)),
        )
        val resposta = rest.postForObject("https://api.openai.com/v1/chat/completions", corpo, Map::class.java)
        return resposta.toString()
    }

    private fun enviarMensagem(para: String, texto: String) {
        Message.creator(PhoneNumber(para), PhoneNumber("whatsapp:+5511888880000"), texto).create()
    }
}
