package za.co.proteadirect.whatsapp.ai;

import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MemoryConfig {
    @Bean
    ChatMemoryProvider chatMemoryProvider() {
        return id -> MessageWindowChatMemory.withMaxMessages(20);
    }
}
