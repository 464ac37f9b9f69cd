package com.example.buddy;

import java.util.List;
import java.util.Map;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/wa")
public class WebhookController {
    private final Buddy buddy = AiServices.create(Buddy.class,
            AnthropicChatModel.builder().apiKey(System.getenv("ANTHROPIC_API_KEY")).modelName("claude-3-5-haiku-latest").build());
    private final RestClient graph = RestClient.create("https://graph.facebook.com/v21.0");

    @GetMapping
    public String verify(@RequestParam("hub.challenge") String challenge) {
        return challenge;
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    public void receive(@RequestBody Map<String, Object> body) {
        var entry = (List<Map<String, Object>>) body.get("entry");
        var value = (Map<String, Object>) ((List<Map<String, Object>>) entry.get(0).get("changes")).get(0).get("value");
        var msg = ((List<Map<String, Object>>) value.get("messages")).get(0);
        String text = (String) ((Map<String, Object>) msg.get("text")).get("body");
        String answer = buddy.chat(text);
        graph.post().uri("/" + System.getenv("WA_PHONE_ID") + "/messages")
                .body(Map.of("messaging_product", "whatsapp", "to", msg.get("from"), "type", "text",
                        "text", Map.of("body", answer)))
                .retrieve().toBodilessEntity();
    }
}
