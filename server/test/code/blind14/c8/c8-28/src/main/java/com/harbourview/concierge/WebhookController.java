package com.harbourview.concierge;

import java.util.List;
import java.util.Map;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.InMemoryChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final ChatClient chat;
    private final WhatsAppClient wa;
    private final String verifyToken;

    public WebhookController(ChatClient.Builder builder, HandoffTools handoff, WhatsAppClient wa,
                             @Value("${concierge.system-prompt}") String systemPrompt,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.chat = builder
                .defaultSystem(systemPrompt)
                .defaultTools(handoff)
                .defaultAdvisors(new MessageChatMemoryAdvisor(new InMemoryChatMemory()))
                .build();
        this.wa = wa;
        this.verifyToken = verifyToken;
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String token,
                                         @RequestParam("hub.challenge") String challenge) {
        return verifyToken.equals(token) ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).build();
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    public ResponseEntity<Void> receive(@RequestBody Map<String, Object> body) {
        try {
            var entry = (List<Map<String, Object>>) body.get("entry");
            var change = ((List<Map<String, Object>>) entry.get(0).get("changes")).get(0);
            var value = (Map<String, Object>) change.get("value");
            var messages = (List<Map<String, Object>>) value.get("messages");
            if (messages != null && "text".equals(messages.get(0).get("type"))) {
                var m = messages.get(0);
                var from = (String) m.get("from");
                var text = (String) ((Map<String, Object>) m.get("text")).get("body");
                reply(from, text);
            }
        } catch (RuntimeException ignored) {
            // statuses and other events
        }
        return ResponseEntity.ok().build();
    }

    @Async
    void reply(String from, String text) {
        String answer = chat.prompt()
                .user(text)
                .advisors(a -> a.param(MessageChatMemoryAdvisor.CHAT_MEMORY_CONVERSATION_ID_KEY, from))
                .call()
                .content();
        wa.sendText(from, answer);
    }
}
