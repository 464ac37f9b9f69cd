package za.co.fibreveld.wabot.ai;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import za.co.fibreveld.wabot.handover.SupportTools;

@Configuration
public class AssistantConfig {

    @Bean
    FibreVeldAssistant assistant(@Value("${openai.api-key}") String key,
                                 @Value("${openai.model}") String model,
                                 SupportTools tools) {
        var chatModel = OpenAiChatModel.builder().apiKey(key).modelName(model).temperature(0.3).build();
        return AiServices.builder(FibreVeldAssistant.class)
                .chatLanguageModel(chatModel)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
                .tools(tools)
                .build();
    }
}
