package com.northgate.cardcare;

import java.time.Duration;
import java.util.Map;

import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.client.RestClient;

public class HandoffTools {

    private final String waId;
    private final StringRedisTemplate redis;
    private final RestClient zendesk;
    private final long groupId;

    public HandoffTools(String waId, StringRedisTemplate redis, RestClient zendesk, long groupId) {
        this.waId = waId;
        this.redis = redis;
        this.zendesk = zendesk;
        this.groupId = groupId;
    }

    @Tool(description = "Transfer this WhatsApp conversation to a human card-services agent")
    public String transferToHuman(@ToolParam(description = "short reason for the transfer") String reason) {
        zendesk.post().uri("/tickets.json").body(Map.of("ticket", Map.of(
                "subject", "WhatsApp CardCare handoff +" + waId,
                "comment", Map.of("body", reason),
                "group_id", groupId,
                "via_channel", "whatsapp",
                "tags", new String[] {"cardcare_bot", "handoff"}))).retrieve().toBodilessEntity();
        redis.opsForValue().set("human:" + waId, "1", Duration.ofHours(12));
        return "Transferred. Tell the member a card-services agent will reply in this chat.";
    }

    @Tool(description = "Freeze or unfreeze the member's card identified by last 4 digits")
    public String freezeCard(String last4, boolean freeze) {
        // calls core banking via internal gateway
        return freeze ? "Card ending " + last4 + " frozen" : "Card ending " + last4 + " unfrozen";
    }
}
