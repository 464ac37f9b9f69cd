package com.harbourmutual.claimsbot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/webhook")
public class WhatsAppController {

    private final ChatClient chat;
    private final SupervisorService supervisor;
    private final RestClient graph;
    private final String phoneNumberId;
    private final String verifyToken;
    private final Map<String, List<Message>> history = new ConcurrentHashMap<>();

    public WhatsAppController(@Qualifier("claimsChatClient") ChatClient chat, SupervisorService supervisor,
                              @Value("${whatsapp.token}") String token,
                              @Value("${whatsapp.phone-number-id}") String phoneNumberId,
                              @Value("${whatsapp.verify-token}") String verifyToken) {
        this.chat = chat;
        this.supervisor = supervisor;
        this.phoneNumberId = phoneNumberId;
        this.verifyToken = verifyToken;
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
            String text = (String) ((Map<String, Object>) m.get("text")).get("body");

            var h = history.computeIfAbsent(from, k -> new ArrayList<>());
            String reply = chat.prompt().messages(h).user(text).call().content();
            h.add(new UserMessage(text));
            h.add(new AssistantMessage(reply));

            int idx = reply.indexOf("SUPERVISOR REVIEW:");
            if (idx >= 0) {
                send(from, reply.substring(0, idx).trim());
                reply = supervisor.review(reply.substring(idx));
            }
            send(from, reply);
        }
        return ResponseEntity.ok().build();
    }

    private void send(String to, String text) {
        if (text.isBlank()) return;
        graph.post().uri("/{id}/messages", phoneNumberId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("messaging_product", "whatsapp", "to", to, "type", "text", "text", Map.of("body", text)))
                .retrieve().toBodilessEntity();
    }
}
