package com.harbourmutual.claimsbot;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

@SpringBootApplication
public class ClaimsBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimsBotApplication.class, args);
    }

    @Bean
    ChatClient claimsChatClient(ChatClient.Builder builder,
                                @Value("classpath:prompts/claims-system.st") Resource systemPrompt) {
        return builder.defaultSystem(systemPrompt).build();
    }
}
