package de.stadtwerke.lindenau.wa;

import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
class Uebergabe {
    final Set<String> beimMenschen = ConcurrentHashMap.newKeySet();
    private final RestClient zendesk;
    private final long groupId;

    Uebergabe(@Value("${zendesk.base-url}") String base, @Value("${zendesk.user}") String user,
              @Value("${zendesk.token}") String token, @Value("${zendesk.group-id}") long groupId) {
        this.groupId = groupId;
        String auth = Base64.getEncoder().encodeToString((user + "/token:" + token).getBytes());
        this.zendesk = RestClient.builder().baseUrl(base).defaultHeader("Authorization", "Basic " + auth).build();
    }

    void uebergeben(String waId, String anliegen) {
        zendesk.post().uri("/tickets.json").body(Map.of("ticket", Map.of(
                "subject", "WhatsApp-Übergabe +" + waId,
                "comment", Map.of("body", anliegen),
                "group_id", groupId,
                "tags", new String[] {"whatsapp", "bot_uebergabe"},
                "requester", Map.of("name", "+" + waId, "phone", "+" + waId))))
                .retrieve().toBodilessEntity();
        beimMenschen.add(waId);
    }
}
