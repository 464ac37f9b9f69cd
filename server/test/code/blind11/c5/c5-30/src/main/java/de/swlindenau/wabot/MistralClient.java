package de.swlindenau.wabot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

@Component
public class MistralClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;
    private final String model;
    private final String systemPrompt;

    public MistralClient(@Value("${mistral.api-key}") String apiKey,
                         @Value("${mistral.model}") String model,
                         @Value("${kundenbot.prompt-file}") Resource promptFile) throws IOException {
        this.apiKey = apiKey;
        this.model = model;
        this.systemPrompt = promptFile.getContentAsString(StandardCharsets.UTF_8);
    }

    public String antworte(List<Map<String, String>> verlauf) throws IOException, InterruptedException {
        List<Map<String, String>> messages = new ArrayList<>();
        messages.add(Map.of("role", "system", "content", systemPrompt));
        messages.addAll(verlauf);
        String body = json.writeValueAsString(Map.of("model", model, "messages", messages, "temperature", 0.4));
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.mistral.ai/v1/chat/completions"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        JsonNode res = json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        return res.path("choices").path(0).path("message").path("content").asText("Entschuldigung, bitte versuchen Sie es später erneut.");
    }
}
