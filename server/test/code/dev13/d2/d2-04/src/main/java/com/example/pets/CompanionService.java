package com.example.pets;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

@Service
public class CompanionService {
    private final ChatClient chat;

    public CompanionService(ChatClient.Builder builder,
                            @Value("classpath:prompts/companion.st") Resource companionPrompt,
                            @Value("${pets.shop-name}") String shop) {
        this.chat = builder
                .defaultSystem(spec -> spec.text(companionPrompt).param("shop", shop))
                .build();
    }

    public String answer(String text) {
        return chat.prompt().user(text).call().content();
    }
}
