package my.senyumceria.wa

import com.google.genai.Client
import com.google.genai.types.Content
import com.google.genai.types.GenerateContentConfig
import com.google.genai.types.Part
import java.util.concurrent.ConcurrentHashMap

class Pembantu {
    private val client = Client.builder().apiKey(System.getenv("GOOGLE_API_KEY")).build()
    private val model = System.getenv("GEMINI_MODEL") ?: "gemini-2.5-flash"
    private val sistem = javaClass.getResource("/prompts/sistem.txt")!!.readText()
    private val temuJanji = TemuJanjiApi(System.getenv("KLINIK_API"))
    private val sejarah = ConcurrentHashMap<String, MutableList<Content>>()

    private val config = GenerateContentConfig.builder()
        .systemInstruction(Content.fromParts(Part.fromText(sistem)))
        .temperature(0.3f)
        .build()

    fun jawab(noTel: String, teks: String): String {
        val h = sejarah.getOrPut(noTel) { mutableListOf() }
        // konteks slot kosong minggu ini supaya model boleh cadangkan masa
        val slot = temuJanji.slotKosong(hari = 7)
        h += Content.builder().role("user")
            .parts(listOf(Part.fromText("[Slot kosong: $slot]\n$teks"))).build()

        val res = client.models.generateContent(model, h.takeLast(14), config)
        val out = res.text() ?: "Maaf tuan/puan, sistem kami sedang sibuk. Sila cuba sebentar lagi."
        h += Content.builder().role("model").parts(listOf(Part.fromText(out))).build()
        temuJanji.simpanJikaAda(noTel, out)
        return out
    }
}
