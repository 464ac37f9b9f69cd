package at.tierarztleitner.wa

import org.springframework.ai.chat.client.ChatClient
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor
import org.springframework.ai.chat.memory.ChatMemory
import org.springframework.ai.chat.memory.MessageWindowChatMemory
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class AssistantConfig {

    @Bean
    fun chatMemory(): ChatMemory = MessageWindowChatMemory.builder().maxMessages(16).build()

    @Bean
    fun chatClient(
        builder: ChatClient.Builder,
        memory: ChatMemory,
        @Value("\${ordi.system-prompt}") systemPrompt: String,
    ): ChatClient = builder
        .defaultSystem(systemPrompt)
        .defaultAdvisors(MessageChatMemoryAdvisor.builder(memory).build())
        .build()
}
