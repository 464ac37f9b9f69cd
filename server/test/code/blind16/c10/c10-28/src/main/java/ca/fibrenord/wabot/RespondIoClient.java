package ca.fibrenord.wabot;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class RespondIoClient {
    private final RestClient http;
    private final String humanTeam;

    public RespondIoClient(@Value("${respondio.base-url}") String base, @Value("${respondio.token}") String token,
                           @Value("${respondio.human-team}") String humanTeam) {
        this.http = RestClient.builder().baseUrl(base).defaultHeader("Authorization", "Bearer " + token).build();
        this.humanTeam = humanTeam;
    }

    public void sendText(String contactId, String text) {
        http.post().uri("/contact/id:{id}/message", contactId)
            .body(Map.of("message", Map.of("type", "text", "text", text)))
            .retrieve().toBodilessEntity();
    }

    public void assignToHumanTeam(String contactId, String reason) {
        http.post().uri("/contact/id:{id}/tag", contactId).body(List.of("handoff-humain")).retrieve().toBodilessEntity();
        http.post().uri("/contact/id:{id}/conversation/assignee", contactId)
            .body(Map.of("team", humanTeam, "note", reason)).retrieve().toBodilessEntity();
    }
}
