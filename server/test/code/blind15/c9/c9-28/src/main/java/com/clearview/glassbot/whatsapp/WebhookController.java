package com.clearview.glassbot.whatsapp;

import com.clearview.glassbot.ai.GlassAssistant;
import com.clearview.glassbot.handoff.HandoffTools;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

import java.util.Map;

@RestController
@RequestMapping("/webhook")
public class WebhookController {
    private final GlassAssistant assistant;
    private final HandoffTools handoff;
    private final RestClient graph;
    private final String verifyToken;

    public WebhookController(GlassAssistant assistant, HandoffTools handoff,
                             @Value("${whatsapp.phone-number-id}") String phoneId,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistant = assistant;
        this.handoff = handoff;
        this.verifyToken = verifyToken;
        this.graph = RestClient.builder()
                .baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String t, @RequestParam("hub.challenge") String c) {
        return verifyToken.equals(t) ? ResponseEntity.ok(c) : ResponseEntity.status(403).build();
    }

    @PostMapping
    public ResponseEntity<Void> receive(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (msg.isMissingNode() || !"text".equals(msg.path("type").asText())) return ResponseEntity.ok().build();
        String waId = msg.path("from").asText();
        if (handoff.isWithHuman(waId)) return ResponseEntity.ok().build();

        String reply = assistant.chat(waId, msg.at("/text/body").asText());
        graph.post().uri("/messages").body(Map.of(
                "messaging_product", "whatsapp", "to", waId, "type", "text", "text", Map.of("body", reply)))
                .retrieve().toBodilessEntity();
        return ResponseEntity.ok().build();
    }
}
