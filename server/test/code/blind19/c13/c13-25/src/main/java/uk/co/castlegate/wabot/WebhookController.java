package uk.co.castlegate.wabot;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final Assistant assistant;
    private final WebClient graph;
    private final String verifyToken;

    public WebhookController(Assistant assistant,
                             @Value("${whatsapp.graph-url}") String graphUrl,
                             @Value("${whatsapp.phone-number-id}") String phoneId,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistant = assistant;
        this.verifyToken = verifyToken;
        this.graph = WebClient.builder().baseUrl(graphUrl + "/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String t, @RequestParam("hub.challenge") String c) {
        return verifyToken.equals(t) ? ResponseEntity.ok(c) : ResponseEntity.status(403).build();
    }

    @PostMapping
    public Mono<ResponseEntity<Void>> receive(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (msg.isMissingNode() || !"text".equals(msg.path("type").asText())) {
            return Mono.just(ResponseEntity.ok().build());
        }
        String from = msg.path("from").asText();
        String text = msg.at("/text/body").asText();
        return Mono.fromCallable(() -> assistant.chat(from, text))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(reply -> graph.post().uri("/messages")
                        .bodyValue(Map.of("messaging_product", "whatsapp", "to", from, "type", "text", "text", Map.of("body", reply)))
                        .retrieve().toBodilessEntity())
                .thenReturn(ResponseEntity.ok().build());
    }
}
