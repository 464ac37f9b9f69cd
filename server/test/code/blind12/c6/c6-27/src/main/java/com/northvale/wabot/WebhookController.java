package com.northvale.wabot;

import java.util.List;
import java.util.Map;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/whatsapp")
public class WebhookController {

    private final ChatClient chat;
    private final RestClient graph;
    private final String verifyToken;
    private final String phoneNumberId;

    public WebhookController(ChatClient chat,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.verify-token}") String verifyToken,
                             @Value("${whatsapp.phone-number-id}") String phoneNumberId) {
        this.chat = chat;
        this.verifyToken = verifyToken;
        this.phoneNumberId = phoneNumberId;
        this.graph = RestClient.builder().baseUrl("https://graph.facebook.com/v21.0")
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.mode") String mode,
                                         @RequestParam("hub.verify_token") String token,
                                         @RequestParam("hub.challenge") String challenge) {
        return "subscribe".equals(mode) && verifyToken.equals(token)
                ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).build();
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    public ResponseEntity<Void> receive(@RequestBody Map<String, Object> body) {
        var entry = (List<Map<String, Object>>) body.get("entry");
        var value = (Map<String, Object>) ((List<Map<String, Object>>) entry.get(0).get("changes")).get(0).get("value");
        var messages = (List<Map<String, Object>>) value.get("messages");
        if (messages == null) return ResponseEntity.ok().build();

        for (var m : messages) {
            if (!"text".equals(m.get("type"))) continue;
            String from = (String) m.get("from");
            if (HandoffTools.HUMAN_OWNED.contains(from)) continue;
            String text = (String) ((Map<String, Object>) m.get("text")).get("body");

            String reply = chat.prompt()
                    .user(text)
                    .toolContext(Map.of("waId", from))
                    .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, from))
                    .call()
                    .content();
            send(from, reply);
        }
        return ResponseEntity.ok().build();
    }

    private void send(String to, String text) {
        graph.post().uri("/{id}/messages", phoneNumberId)
                .body(Map.of("messaging_product", "whatsapp", "to", to, "type", "text", "text", Map.of("body", text)))
                .retrieve().toBodilessEntity();
    }
}
