package com.northvale.wabot;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
public class AssistantConfig {

    @Value("classpath:/prompts/system.st")
    private Resource systemPrompt;

    @Bean
    ChatMemory chatMemory() {
        return MessageWindowChatMemory.builder().maxMessages(14).build();
    }

    @Bean
    ChatClient chatClient(ChatClient.Builder builder, ChatMemory memory, HandoffTools handoffTools) {
        return builder
                .defaultSystem(systemPrompt)
                .defaultTools(handoffTools)
                .defaultAdvisors(MessageChatMemoryAdvisor.builder(memory).build())
                .build();
    }
}
