package za.co.fibreveld.wabot.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;
import za.co.fibreveld.wabot.ai.FibreVeldAssistant;
import za.co.fibreveld.wabot.handover.HandoverRegistry;

import java.util.Map;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final FibreVeldAssistant assistant;
    private final HandoverRegistry registry;
    private final RestClient graph;
    private final String verifyToken;

    public WebhookController(FibreVeldAssistant assistant, HandoverRegistry registry,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.phone-number-id}") String phoneId,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistant = assistant;
        this.registry = registry;
        this.verifyToken = verifyToken;
        this.graph = RestClient.builder()
                .baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String token,
                                         @RequestParam("hub.challenge") String challenge) {
        return verifyToken.equals(token) ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).build();
    }

    @PostMapping
    public ResponseEntity<Void> receive(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (!msg.isMissingNode() && "text".equals(msg.path("type").asText())) {
            handle(msg.path("from").asText(), msg.at("/text/body").asText());
        }
        return ResponseEntity.ok().build();
    }

    @Async
    void handle(String waId, String text) {
        if (registry.isWithHuman(waId)) return;
        String reply = assistant.chat(waId, "[waId=" + waId + "] " + text);
        graph.post().uri("/messages")
                .body(Map.of("messaging_product", "whatsapp", "to", waId, "type", "text", "text", Map.of("body", reply)))
                .retrieve().toBodilessEntity();
    }
}
