package my.senyumceria.wa

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

class TemuJanjiApi(private val base: String) {
    private val http = HttpClient.newHttpClient()

    fun slotKosong(hari: Int): String {
        val req = HttpRequest.newBuilder(URI("$base/slot?hari=$hari")).GET().build()
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body()
    }

    /** Model menulis baris "TEMPAH: <slotId> | <nama> | <rawatan>" apabila pesakit setuju; kita simpan ke sistem. */
    fun simpanJikaAda(noTel: String, jawapan: String) {
        val baris = jawapan.lines().firstOrNull { it.startsWith("TEMPAH:") } ?: return
        val (slot, nama, rawatan) = baris.removePrefix("TEMPAH:").split("|").map { it.trim() }
        val json = """{"slot":"$slot","nama":"$nama","rawatan":"$rawatan","tel":"$noTel"}"""
        val req = HttpRequest.newBuilder(URI("$base/tempahan"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build()
        http.send(req, HttpResponse.BodyHandlers.discarding())
    }
}
