package de.nordwelle.nova;

import java.util.Map;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.InMemoryChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

@Service
public class NovaService {

    private final ChatClient client;
    private final String hotline;
    private final String hours;

    public NovaService(ChatClient.Builder builder,
                       @Value("classpath:prompts/system.st") Resource systemPrompt,
                       @Value("${nova.hotline}") String hotline,
                       @Value("${nova.hotline-hours}") String hours) {
        this.hotline = hotline;
        this.hours = hours;
        this.client = builder
                .defaultSystem(s -> s.text(systemPrompt).params(Map.of("hotline", hotline, "hours", hours)))
                .defaultAdvisors(new MessageChatMemoryAdvisor(new InMemoryChatMemory(), "default", 20))
                .build();
    }

    public String answer(String from, String text) {
        if (text.trim().equalsIgnoreCase("HOTLINE")) {
            return "Unser Service-Team erreichst du unter " + hotline + " (" + hours + "). "
                    + "Halte am besten deine Kundennummer bereit 📱";
        }
        return client.prompt()
                .user(text)
                .advisors(a -> a.param(MessageChatMemoryAdvisor.CHAT_MEMORY_CONVERSATION_ID_KEY, from))
                .call()
                .content();
    }
}
