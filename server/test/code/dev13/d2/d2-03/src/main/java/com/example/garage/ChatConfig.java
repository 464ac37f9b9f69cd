package com.example.garage;

import static com.example.garage.Prompts.GARAGE_SYSTEM;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ChatConfig {
    @Bean
    ChatClient garageClient(ChatModel chatModel) {
        return ChatClient.builder(chatModel).defaultSystem(GARAGE_SYSTEM).build();
    }
}
