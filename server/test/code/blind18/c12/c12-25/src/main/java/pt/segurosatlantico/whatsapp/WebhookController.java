package pt.segurosatlantico.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final AssistenteSinistros assistente;
    private final FerramentasSinistros ferramentas;
    private final WebClient graph;
    private final String verifyToken;

    public WebhookController(AssistenteSinistros assistente, FerramentasSinistros ferramentas,
                             @Value("${whatsapp.phone-number-id}") String phoneId,
                             @Value("${whatsapp.token}") String token,
                             @Value("${whatsapp.verify-token}") String verifyToken) {
        this.assistente = assistente;
        this.ferramentas = ferramentas;
        this.verifyToken = verifyToken;
        this.graph = WebClient.builder()
                .baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    @Bean
    static ChatMemoryProvider memoriaPorCliente() {
        return id -> MessageWindowChatMemory.withMaxMessages(20);
    }

    @GetMapping
    public ResponseEntity<String> verificar(@RequestParam("hub.verify_token") String t,
                                            @RequestParam("hub.challenge") String challenge) {
        return verifyToken.equals(t) ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).build();
    }

    @PostMapping
    public Mono<ResponseEntity<Void>> receber(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (msg.isMissingNode() || !"text".equals(msg.path("type").asText())) {
            return Mono.just(ResponseEntity.ok().build());
        }
        String de = msg.path("from").asText();
        String texto = msg.at("/text/body").asText();
        if (ferramentas.emGestor.contains(de)) {
            return Mono.just(ResponseEntity.ok().build()); // gestor responde pelo Freshdesk
        }
        Mono.fromCallable(() -> assistente.responder(de, "[cliente " + de + "] " + texto))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(resposta -> graph.post().uri("/messages").bodyValue(Map.of(
                        "messaging_product", "whatsapp",
                        "to", de,
                        "type", "text",
                        "text", Map.of("body", resposta))).retrieve().toBodilessEntity())
                .subscribe();
        return Mono.just(ResponseEntity.ok().build());
    }
}
