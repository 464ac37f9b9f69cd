package my.chayuan.wabot;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.InMemoryChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class WabotApplication {
    public static void main(String[] args) {
        SpringApplication.run(WabotApplication.class, args);
    }

    @Bean
    ChatClient chatClient(ChatClient.Builder builder, @Value("${chayuan.bot.system}") String system) {
        return builder
                .defaultSystem(system)
                .defaultAdvisors(new MessageChatMemoryAdvisor(new InMemoryChatMemory()))
                .build();
    }
}
