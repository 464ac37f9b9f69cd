package com.example.tutor;

import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
public class ChatController {
    private final ChatClient client;
    private final RestClient graph = RestClient.create("https://graph.facebook.com/v21.0");

    public ChatController(ChatClient.Builder builder, @Value("${bot.persona}") String persona) {
        this.client = builder.defaultSystem(persona).build();
    }

    @PostMapping("/hook")
    @SuppressWarnings("unchecked")
    public void hook(@RequestBody Map<String, Object> payload) {
        var changes = (List<Map<String, Object>>) ((List<Map<String, Object>>) payload.get("entry")).get(0).get("changes");
        var value = (Map<String, Object>) changes.get(0).get("value");
        var msg = ((List<Map<String, Object>>) value.get("messages")).get(0);
        String text = (String) ((Map<String, Object>) msg.get("text")).get("body");
        String answer = client.prompt().user(text).call().content();
        graph.post().uri("/123/messages").body(Map.of("messaging_product", "whatsapp", "to", msg.get("from"),
                "type", "text", "text", Map.of("body", answer))).retrieve().toBodilessEntity();
    }
}
