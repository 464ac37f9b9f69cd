package com.example.florist;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AssistantConfig {
    @Bean
    FloristAssistant floristAssistant() {
        var model = OpenAiChatModel.builder().apiKey(System.getenv("OPENAI_API_KEY")).modelName("gpt-4o-mini").build();
        return AiServices.builder(FloristAssistant.class)
                .chatLanguageModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(12))
                .build();
    }
}
