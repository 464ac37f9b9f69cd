package com.example.garage;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ChatwootDesk {
    private final RestClient http;
    private final String account;

    public ChatwootDesk(@Value("${chatwoot.url}") String url, @Value("${chatwoot.account}") String account,
                        @Value("${chatwoot.token}") String token) {
        this.http = RestClient.builder().baseUrl(url).defaultHeader("api_access_token", token).build();
        this.account = account;
    }

    /** Opens the conversation for the team inbox: the bot stops answering it. */
    public void handOver(long conversationId) {
        http.post().uri("/api/v1/accounts/{a}/conversations/{c}/toggle_status", account, conversationId)
                .body(Map.of("status", "open")).retrieve().toBodilessEntity();
    }
}
