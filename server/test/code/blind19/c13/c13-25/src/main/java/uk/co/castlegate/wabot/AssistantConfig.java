package uk.co.castlegate.wabot;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatLanguageModel;
import dev.langchain4j.service.AiServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AssistantConfig {

    @Bean
    Assistant assistant(ChatLanguageModel model,
                        @Value("${castlegate.assistant.system-prompt}") String systemPrompt) {
        // TODO: substitute {{support_phone}} from the branch directory service once CG-1187 lands
        return AiServices.builder(Assistant.class)
                .chatLanguageModel(model)
                .systemMessageProvider(id -> systemPrompt)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(12))
                .build();
    }
}
