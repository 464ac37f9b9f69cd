package il.cheforen.wa

import com.azure.ai.openai.OpenAIClient
import com.azure.ai.openai.OpenAIClientBuilder
import com.azure.ai.openai.models.ChatCompletionsOptions
import com.azure.ai.openai.models.ChatRequestAssistantMessage
import com.azure.ai.openai.models.ChatRequestMessage
import com.azure.ai.openai.models.ChatRequestSystemMessage
import com.azure.ai.openai.models.ChatRequestUserMessage
import com.azure.core.credential.AzureKeyCredential
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import java.util.Properties

@Service
class Llm(
    @Value("\${azure.openai.endpoint}") endpoint: String,
    @Value("\${azure.openai.key}") key: String,
    @Value("\${azure.openai.deployment}") private val deployment: String,
) {
    private val client: OpenAIClient = OpenAIClientBuilder()
        .endpoint(endpoint)
        .credential(AzureKeyCredential(key))
        .buildClient()

    private val prompts = Properties().apply {
        Llm::class.java.getResourceAsStream("/prompts.properties")!!.reader(Charsets.UTF_8).use { load(it) }
    }

    fun answer(promptKey: String, history: List<Pair<String, String>>): String {
        val messages = mutableListOf<ChatRequestMessage>(ChatRequestSystemMessage(prompts.getProperty(promptKey)))
        history.forEach { (role, text) ->
            messages += if (role == "user") ChatRequestUserMessage(text) else ChatRequestAssistantMessage(text)
        }
        val options = ChatCompletionsOptions(messages).setTemperature(0.4).setMaxTokens(500)
        return client.getChatCompletions(deployment, options).choices.first().message.content
    }
}
