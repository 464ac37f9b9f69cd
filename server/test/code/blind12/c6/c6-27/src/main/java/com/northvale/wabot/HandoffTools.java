package com.northvale.wabot;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class HandoffTools {

    /** wa_ids whose conversation is owned by a human agent in Zendesk. */
    public static final Set<String> HUMAN_OWNED = ConcurrentHashMap.newKeySet();

    private final RestClient zendesk;
    private final long groupId;

    public HandoffTools(@Value("${zendesk.base-url}") String baseUrl,
                        @Value("${zendesk.email}") String email,
                        @Value("${zendesk.token}") String token,
                        @Value("${zendesk.group-id}") long groupId) {
        this.zendesk = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> h.setBasicAuth(email + "/token", token))
                .build();
        this.groupId = groupId;
    }

    @Tool(description = "Transfer this WhatsApp conversation to a human agent in the Northvale customer team")
    public String transferToHuman(@ToolParam(description = "why the customer needs a person") String reason,
                                  ToolContext ctx) {
        String waId = (String) ctx.getContext().get("waId");
        zendesk.post().uri("/api/v2/tickets.json")
                .body(Map.of("ticket", Map.of(
                        "subject", "WhatsApp handoff +" + waId,
                        "comment", Map.of("body", reason),
                        "group_id", groupId,
                        "tags", new String[] {"whatsapp", "bot_handoff"})))
                .retrieve().toBodilessEntity();
        HUMAN_OWNED.add(waId);
        return "Transferred. Tell the customer an agent will continue in this chat.";
    }
}
