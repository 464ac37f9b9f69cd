package pt.livrariaatlantico.wa

import com.azure.ai.openai.OpenAIClientBuilder
import com.azure.ai.openai.models.ChatCompletionsOptions
import com.azure.ai.openai.models.ChatRequestAssistantMessage
import com.azure.ai.openai.models.ChatRequestMessage
import com.azure.ai.openai.models.ChatRequestSystemMessage
import com.azure.ai.openai.models.ChatRequestUserMessage
import com.azure.core.credential.AzureKeyCredential
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service

@Service
class Assistente(
    @Value("\${azure.openai.endpoint}") endpoint: String,
    @Value("\${azure.openai.key}") key: String,
    @Value("\${azure.openai.deployment}") private val deployment: String,
) {
    private val client = OpenAIClientBuilder().endpoint(endpoint).credential(AzureKeyCredential(key)).buildClient()

    fun responder(texto: String): String {
        val msgs = mutableListOf<ChatRequestMessage>(ChatRequestSystemMessage(Prompt.sistema))
        Prompt.exemplos.forEach {
            msgs += ChatRequestUserMessage(it.cliente)
            msgs += ChatRequestAssistantMessage(it.assistente)
        }
        msgs += ChatRequestUserMessage(texto)
        val opts = ChatCompletionsOptions(msgs).setTemperature(0.6)
        return client.getChatCompletions(deployment, opts).choices.first().message.content
    }
}
