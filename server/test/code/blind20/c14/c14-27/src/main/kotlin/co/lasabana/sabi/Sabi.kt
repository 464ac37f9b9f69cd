package co.lasabana.sabi

import com.aallam.openai.api.chat.ChatCompletionRequest
import com.aallam.openai.api.chat.ChatMessage
import com.aallam.openai.api.chat.ChatRole
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import java.util.concurrent.ConcurrentHashMap

class Sabi(apiKey: String) {
    private val openAI = OpenAI(token = apiKey)
    private val memory = ConcurrentHashMap<String, MutableList<ChatMessage>>()

    suspend fun reply(waId: String, text: String): String {
        val history = memory.getOrPut(waId) { mutableListOf() }
        history += ChatMessage(role = ChatRole.User, content = text)

        val completion = openAI.chatCompletion(
            ChatCompletionRequest(
                model = ModelId(System.getenv("OPENAI_MODEL") ?: "gpt-4o-mini"),
                messages = listOf(ChatMessage(role = ChatRole.System, content = Prompt.system)) + history.takeLast(12),
                temperature = 0.6,
            )
        )
        val answer = completion.choices.first().message.content ?: "Uy, se me enredó la respuesta, ¿me repites?"
        history += ChatMessage(role = ChatRole.Assistant, content = answer)
        return answer
    }
}
