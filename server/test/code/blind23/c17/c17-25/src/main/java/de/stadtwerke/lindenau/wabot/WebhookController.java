package de.stadtwerke.lindenau.wabot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final Kundenservice kundenservice;
    private final RestClient graph;
    private final String verifyToken;
    private final String phoneId;

    public WebhookController(Kundenservice kundenservice,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.phone-id}") String phoneId,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.kundenservice = kundenservice;
        this.phoneId = phoneId;
        this.verifyToken = verifyToken;
        this.graph = RestClient.builder().baseUrl("https://graph.facebook.com/v21.0")
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
            String from = msg.path("from").asText();
            String antwort = kundenservice.antworte(from, "[wa_id " + from + "] " + msg.at("/text/body").asText());
            graph.post().uri("/" + phoneId + "/messages")
                    .body(Map.of("messaging_product", "whatsapp", "to", from, "type", "text",
                            "text", Map.of("body", antwort)))
                    .retrieve().toBodilessEntity();
        }
        return ResponseEntity.ok().build();
    }
}
