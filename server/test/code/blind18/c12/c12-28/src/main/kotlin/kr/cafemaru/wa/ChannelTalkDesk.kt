package kr.cafemaru.wa

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import java.util.concurrent.ConcurrentHashMap

/** 채널톡 Open API 로 상담(user chat)을 열고 메시지를 중계한다. 매니저 답변은 webhook 으로 돌아온다. */
class ChannelTalkDesk {
    private val http = OkHttpClient()
    private val base = "https://api.channel.io/open/v5"
    private val chats = ConcurrentHashMap<String, String>() // whatsapp user -> userChatId
    private val json = "application/json".toMediaType()

    private fun req(path: String, body: String) = Request.Builder()
        .url(base + path)
        .header("x-access-key", System.getenv("CHANNEL_ACCESS_KEY"))
        .header("x-access-secret", System.getenv("CHANNEL_ACCESS_SECRET"))
        .post(body.toRequestBody(json))
        .build()

    fun isOpen(user: String) = chats.containsKey(user)

    fun open(user: String, summary: String) {
        val memberId = user.removePrefix("whatsapp:")
        http.newCall(req("/users/@$memberId/user-chats", """{"profile":{"mobileNumber":"$memberId"}}""")).execute().use { r ->
            val id = Regex("\"id\"\\s*:\\s*\"([^\"]+)\"").find(r.body!!.string())?.groupValues?.get(1) ?: return
            chats[user] = id
            forward(user, "[WhatsApp 봇 대화 요약]\n$summary")
        }
    }

    fun forward(user: String, text: String) {
        val chatId = chats[user] ?: return
        val escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        http.newCall(req("/user-chats/$chatId/messages", """{"blocks":[{"type":"text","value":"$escaped"}]}""")).execute().close()
    }

    fun parseManagerReply(payload: String): Pair<String, String>? {
        val chatId = Regex("\"chatId\"\\s*:\\s*\"([^\"]+)\"").find(payload)?.groupValues?.get(1) ?: return null
        if (!payload.contains("\"personType\":\"manager\"")) return null
        val text = Regex("\"plainText\"\\s*:\\s*\"([^\"]*)\"").find(payload)?.groupValues?.get(1) ?: return null
        val user = chats.entries.firstOrNull { it.value == chatId }?.key ?: return null
        if (text.trim() == "/종료") { chats.remove(user); return user to "상담이 종료되었어요. 다시 봇이 안내해 드릴게요 ☕" }
        return user to text
    }
}
