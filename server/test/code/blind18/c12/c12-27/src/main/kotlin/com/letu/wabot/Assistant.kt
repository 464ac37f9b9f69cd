package com.letu.wabot

import com.aallam.openai.api.chat.ChatCompletionRequest
import com.aallam.openai.api.chat.ChatMessage
import com.aallam.openai.api.chat.ChatRole
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import java.util.concurrent.ConcurrentHashMap

class Assistant(private val model: String, private val systemPrompt: String, private val historyTurns: Int) {
    private val openAI = OpenAI(token = System.getenv("OPENAI_API_KEY"))
    private val history = ConcurrentHashMap<String, MutableList<ChatMessage>>()

    suspend fun reply(user: String, text: String): String {
        val h = history.getOrPut(user) { mutableListOf() }
        h += ChatMessage(role = ChatRole.User, content = text)
        val req = ChatCompletionRequest(
            model = ModelId(model),
            messages = listOf(ChatMessage(role = ChatRole.System, content = systemPrompt)) + h.takeLast(historyTurns * 2),
        )
        val answer = openAI.chatCompletion(req).choices.first().message.content ?: "抱歉，请稍后再试。"
        h += ChatMessage(role = ChatRole.Assistant, content = answer)
        return answer
    }
}
