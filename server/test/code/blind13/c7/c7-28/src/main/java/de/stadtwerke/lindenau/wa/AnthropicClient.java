package de.stadtwerke.lindenau.wa;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
class AnthropicClient {

    static final List<Map<String, Object>> TOOLS = List.of(
            Map.of("name", "zaehlerstand_melden",
                    "description", "Speichert einen Zählerstand im Abrechnungssystem",
                    "input_schema", Map.of("type", "object",
                            "properties", Map.of("zaehlernummer", Map.of("type", "string"),
                                    "stand", Map.of("type", "number"),
                                    "datum", Map.of("type", "string")),
                            "required", List.of("zaehlernummer", "stand", "datum"))),
            Map.of("name", "an_mitarbeiter_uebergeben",
                    "description", "Übergibt das Gespräch an eine Mitarbeiterin / einen Mitarbeiter des Kundenservice",
                    "input_schema", Map.of("type", "object",
                            "properties", Map.of("anliegen", Map.of("type", "string")),
                            "required", List.of("anliegen"))));

    private final RestClient http;
    private final String model;

    AnthropicClient(@Value("${anthropic.api-key}") String key, @Value("${anthropic.model}") String model) {
        this.model = model;
        this.http = RestClient.builder()
                .baseUrl("https://api.anthropic.com/v1")
                .defaultHeader("x-api-key", key)
                .defaultHeader("anthropic-version", "2023-06-01")
                .build();
    }

    JsonNode send(List<Map<String, Object>> messages) {
        return http.post().uri("/messages")
                .body(Map.of("model", model, "max_tokens", 800, "system", Prompts.SYSTEM,
                        "tools", TOOLS, "messages", messages))
                .retrieve().body(JsonNode.class);
    }
}
