package uk.co.fernleighfibre.wabot.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.web.bind.annotation.*;
import uk.co.fernleighfibre.wabot.ai.FernAssistant;
import uk.co.fernleighfibre.wabot.whatsapp.CloudApiClient;

import java.util.concurrent.CompletableFuture;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final FernAssistant assistant;
    private final CloudApiClient whatsapp;
    private final String verifyToken;

    public WebhookController(FernAssistant assistant, CloudApiClient whatsapp,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistant = assistant;
        this.whatsapp = whatsapp;
        this.verifyToken = verifyToken;
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.mode") String mode,
                                         @RequestParam("hub.verify_token") String token,
                                         @RequestParam("hub.challenge") String challenge) {
        return "subscribe".equals(mode) && verifyToken.equals(token)
                ? ResponseEntity.ok(challenge)
                : ResponseEntity.status(403).build();
    }

    @PostMapping
    public ResponseEntity<Void> receive(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (!msg.isMissingNode() && "text".equals(msg.path("type").asText())) {
            String from = msg.path("from").asText();
            String text = msg.at("/text/body").asText();
            CompletableFuture.runAsync(() -> {
                try {
                    whatsapp.sendText(from, assistant.chat(from, text));
                } catch (Exception e) {
                    log.error("reply failed for {}", from, e);
                }
            });
        }
        return ResponseEntity.ok().build();
    }
}
