package my.chayuan.wabot;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

import java.util.Map;

import static org.springframework.ai.chat.client.advisor.AbstractChatMemoryAdvisor.CHAT_MEMORY_CONVERSATION_ID_KEY;

@RestController
public class WhatsAppController {
    private final ChatClient chat;
    private final RestClient graph;
    private final String verifyToken;

    public WhatsAppController(ChatClient chat,
                              @Value("${chayuan.wa.phone-number-id}") String phoneId,
                              @Value("${chayuan.wa.token}") String token,
                              @Value("${chayuan.wa.verify-token}") String verifyToken) {
        this.chat = chat;
        this.verifyToken = verifyToken;
        this.graph = RestClient.builder().baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @GetMapping("/wa")
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String t, @RequestParam("hub.challenge") String c) {
        return verifyToken.equals(t) ? ResponseEntity.ok(c) : ResponseEntity.status(403).build();
    }

    @PostMapping("/wa")
    public ResponseEntity<Void> inbound(@RequestBody JsonNode body) {
        JsonNode m = body.at("/entry/0/changes/0/value/messages/0");
        if (m.isMissingNode() || !"text".equals(m.path("type").asText())) return ResponseEntity.ok().build();
        String from = m.path("from").asText();
        String reply = chat.prompt()
                .user(m.at("/text/body").asText())
                .advisors(a -> a.param(CHAT_MEMORY_CONVERSATION_ID_KEY, from))
                .call()
                .content();
        graph.post().uri("/messages")
                .body(Map.of("messaging_product", "whatsapp", "to", from, "type", "text", "text", Map.of("body", reply)))
                .retrieve().toBodilessEntity();
        return ResponseEntity.ok().build();
    }
}
