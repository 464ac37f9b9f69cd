package de.stadtwerke.lindenau.wa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
class WebhookController {
    private final AnthropicClient claude;
    private final Uebergabe uebergabe;
    private final RestClient d360;
    private final Map<String, List<Map<String, Object>>> verlauf = new ConcurrentHashMap<>();

    WebhookController(AnthropicClient claude, Uebergabe uebergabe, @Value("${d360.api-key}") String key) {
        this.claude = claude;
        this.uebergabe = uebergabe;
        this.d360 = RestClient.builder().baseUrl("https://waba-v2.360dialog.io").defaultHeader("D360-API-KEY", key).build();
    }

    @PostMapping("/360dialog")
    void eingang(@RequestBody JsonNode body) {
        JsonNode msg = body.at("/entry/0/changes/0/value/messages/0");
        if (msg.isMissingNode() || !"text".equals(msg.path("type").asText())) return;
        String waId = msg.path("from").asText();
        if (uebergabe.beimMenschen.contains(waId)) return;

        var h = verlauf.computeIfAbsent(waId, k -> new ArrayList<>());
        h.add(Map.of("role", "user", "content", msg.at("/text/body").asText()));
        JsonNode res = claude.send(h);

        StringBuilder text = new StringBuilder();
        for (JsonNode block : res.path("content")) {
            if ("text".equals(block.path("type").asText())) text.append(block.path("text").asText());
            if ("tool_use".equals(block.path("type").asText())
                    && "an_mitarbeiter_uebergeben".equals(block.path("name").asText())) {
                uebergabe.uebergeben(waId, block.at("/input/anliegen").asText());
                senden(waId, "Ich habe Ihr Anliegen an unser Kundenservice-Team übergeben. Eine Mitarbeiterin oder ein Mitarbeiter meldet sich hier im Chat (Mo–Fr 8–18 Uhr).");
                verlauf.remove(waId);
                return;
            }
        }
        h.add(Map.of("role", "assistant", "content", text.toString()));
        senden(waId, text.toString());
    }

    private void senden(String to, String text) {
        d360.post().uri("/messages").body(Map.of("messaging_product", "whatsapp", "recipient_type", "individual",
                "to", to, "type", "text", "text", Map.of("body", text))).retrieve().toBodilessEntity();
    }
}
