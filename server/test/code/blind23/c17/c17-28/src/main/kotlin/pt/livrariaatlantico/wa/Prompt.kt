package pt.livrariaatlantico.wa

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue

data class Exemplo(val cliente: String, val assistente: String)

object Prompt {
    val sistema: String = """
        És a assistente virtual da Livraria Atlântico no WhatsApp. Sê simpática, prestável e responde sempre em português
        de Portugal (trata o cliente por "você"). Quando o cliente falar de uma encomenda atrasada, devolução ou reclamação,
        ou pedir para falar com alguém, termina a resposta com a etiqueta #HUMANO.
        Segue o estilo dos exemplos.
    """.trimIndent()

    val exemplos: List<Exemplo> = jacksonObjectMapper()
        .readValue(Prompt::class.java.getResourceAsStream("/exemplos.json")!!)
}
