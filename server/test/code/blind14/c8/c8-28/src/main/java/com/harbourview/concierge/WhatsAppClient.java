package com.harbourview.concierge;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class WhatsAppClient {

    private final RestClient rest;
    private final String phoneNumberId;

    public WhatsAppClient(@Value("${whatsapp.phone-number-id}") String phoneNumberId,
                          @Value("${whatsapp.access-token}") String token,
                          @Value("${whatsapp.graph-version}") String version) {
        this.phoneNumberId = phoneNumberId;
        this.rest = RestClient.builder()
                .baseUrl("https://graph.facebook.com/" + version)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    public void sendText(String to, String body) {
        rest.post().uri("/{id}/messages", phoneNumberId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("messaging_product", "whatsapp", "to", to, "type", "text", "text", Map.of("body", body)))
                .retrieve()
                .toBodilessEntity();
    }
}
