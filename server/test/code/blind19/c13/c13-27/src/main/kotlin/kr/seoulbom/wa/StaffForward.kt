package kr.seoulbom.wa

import io.ktor.client.*
import io.ktor.client.request.*
import io.ktor.http.*

/**
 * 원무과 상담팀 WhatsApp 그룹(실장님 + 상담 선생님 3명)으로 환자 요청을 전달한다.
 * 상담 선생님이 그룹에서 확인 후 환자 번호로 직접 답장.
 */
class StaffForward(private val http: HttpClient, private val phoneId: String, private val token: String) {
    private val staffNumbers = System.getenv("STAFF_WA_NUMBERS").orEmpty().split(",").filter { it.isNotBlank() }

    suspend fun forward(patientWaId: String, summary: String) {
        for (n in staffNumbers) {
            http.post("https://graph.facebook.com/v21.0/$phoneId/messages") {
                bearerAuth(token)
                contentType(ContentType.Application.Json)
                setBody(
                    """{"messaging_product":"whatsapp","to":"$n","type":"template","template":{"name":"staff_handoff_ko","language":{"code":"ko"},
                      "components":[{"type":"body","parameters":[{"type":"text","text":"+$patientWaId"},{"type":"text","text":${summary.take(200).let { "\"" + it.replace("\"", "'") + "\"" }}}]}]}}"""
                )
            }
        }
    }
}
