package id.kopikita.wabot

import com.anthropic.client.okhttp.AnthropicOkHttpClient
import com.anthropic.models.MessageCreateParams
import com.anthropic.models.MessageParam
import org.springframework.stereotype.Service
import java.util.concurrent.ConcurrentHashMap

@Service
class ChatService(private val props: BotProperties) {
    private val claude = AnthropicOkHttpClient.fromEnv()
    private val history = ConcurrentHashMap<String, MutableList<MessageParam>>()

    fun reply(phone: String, text: String): String {
        val h = history.getOrPut(phone) { mutableListOf() }
        h += MessageParam.builder().role(MessageParam.Role.USER).content(text).build()

        val params = MessageCreateParams.builder()
            .model(props.model)
            .maxTokens(700L)
            .system(props.systemPrompt)
            .messages(h.takeLast(14))
            .build()
        val res = claude.messages().create(params)
        val out = res.content().mapNotNull { it.text().orElse(null)?.text() }.joinToString("")
        h += MessageParam.builder().role(MessageParam.Role.ASSISTANT).content(out).build()
        return out
    }

    fun recent(phone: String): List<String> = history[phone].orEmpty().takeLast(6).map { it.toString() }
}
