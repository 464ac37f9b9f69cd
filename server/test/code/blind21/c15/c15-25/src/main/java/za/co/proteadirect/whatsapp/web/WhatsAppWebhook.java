package za.co.proteadirect.whatsapp.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;
import za.co.proteadirect.whatsapp.ai.ClaimsAssistant;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

@RestController
@RequestMapping("/webhook")
public class WhatsAppWebhook {

    private final ClaimsAssistant assistant;
    private final RestClient graph;
    private final String verifyToken;

    public WhatsAppWebhook(ClaimsAssistant assistant,
                           @Value("${whatsapp.token}") String token,
                           @Value("${whatsapp.phone-number-id}") String phoneId,
                           @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistant = assistant;
        this.verifyToken = verifyToken;
        this.graph = RestClient.builder()
                .baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
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
            String from = msg.path("from").asText();
            String text = msg.at("/text/body").asText();
            CompletableFuture.runAsync(() -> send(from, assistant.chat(from, text)));
        }
        return ResponseEntity.ok().build();
    }

    private void send(String to, String text) {
        graph.post().uri("/messages")
                .body(Map.of("messaging_product", "whatsapp", "to", to, "type", "text", "text", Map.of("body", text)))
                .retrieve().toBodilessEntity();
    }
}
