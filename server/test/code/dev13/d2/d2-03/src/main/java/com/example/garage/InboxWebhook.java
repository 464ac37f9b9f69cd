package com.example.garage;

import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
public class InboxWebhook {
    private static final List<String> PERSON = List.of("mechanic", "human", "person", "agent");
    private final ChatClient garageClient;
    private final ChatwootDesk desk;
    private final RestClient graph = RestClient.create("https://graph.facebook.com/v21.0");

    public InboxWebhook(ChatClient garageClient, ChatwootDesk desk) {
        this.garageClient = garageClient;
        this.desk = desk;
    }

    @PostMapping("/webhook")
    @SuppressWarnings("unchecked")
    public void onMessage(@RequestBody Map<String, Object> body) {
        var value = (Map<String, Object>) ((List<Map<String, Object>>) ((List<Map<String, Object>>) body.get("entry"))
                .get(0).get("changes")).get(0).get("value");
        var msg = ((List<Map<String, Object>>) value.get("messages")).get(0);
        String text = (String) ((Map<String, Object>) msg.get("text")).get("body");
        if (PERSON.stream().anyMatch(w -> text.toLowerCase().contains(w))) {
            desk.handOver(Long.parseLong((String) msg.get("id")));
            return;
        }
        String answer = garageClient.prompt().user(text).call().content();
        graph.post().uri("/{id}/messages", System.getenv("WA_PHONE_ID"))
                .body(Map.of("messaging_product", "whatsapp", "to", msg.get("from"), "text", Map.of("body", answer)))
                .retrieve().toBodilessEntity();
    }
}
