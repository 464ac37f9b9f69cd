package pt.livrariaatlantico.wa

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient

@Component
class Chatwoot(
    @Value("\${chatwoot.url}") url: String,
    @Value("\${chatwoot.token}") token: String,
    @Value("\${chatwoot.account}") private val conta: Int,
) {
    private val rest = RestClient.builder().baseUrl(url).defaultHeader("api_access_token", token).build()

    /** Abre a conversa na caixa "Encomendas" para a equipa de apoio (seg–sáb 9h–20h). */
    fun passarParaEquipa(conversa: Int) {
        rest.post().uri("/api/v1/accounts/{a}/conversations/{c}/toggle_status", conta, conversa)
            .body(mapOf("status" to "open")).retrieve().toBodilessEntity()
        rest.post().uri("/api/v1/accounts/{a}/conversations/{c}/assignments", conta, conversa)
            .body(mapOf("team_id" to 3)).retrieve().toBodilessEntity()
    }
}
