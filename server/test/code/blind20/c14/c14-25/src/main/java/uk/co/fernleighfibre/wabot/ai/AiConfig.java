package uk.co.fernleighfibre.wabot.ai;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AiConfig {

    @Bean
    FernAssistant fernAssistant(@Value("${openai.api-key}") String key,
                                @Value("${openai.model}") String model,
                                NetworkTools tools) {
        var chatModel = OpenAiChatModel.builder()
                .apiKey(key)
                .modelName(model)
                .temperature(0.3)
                .build();
        return AiServices.builder(FernAssistant.class)
                .chatModel(chatModel)
                .tools(tools)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(16))
                .build();
    }
}
