package uk.co.fernleighfibre.wabot.whatsapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

@Component
public class CloudApiClient {

    private final RestClient http;
    private final String phoneNumberId;

    public CloudApiClient(@Value("${whatsapp.graph-version}") String version,
                          @Value("${whatsapp.phone-number-id}") String phoneNumberId,
                          @Value("${whatsapp.access-token}") String token) {
        this.phoneNumberId = phoneNumberId;
        this.http = RestClient.builder()
                .baseUrl("https://graph.facebook.com/" + version)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    public void sendText(String to, String body) {
        http.post().uri("/{id}/messages", phoneNumberId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "messaging_product", "whatsapp",
                        "to", to,
                        "type", "text",
                        "text", Map.of("body", body)))
                .retrieve()
                .toBodilessEntity();
    }
}
