package com.clearview.glassbot.handoff;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

@Component("handoffTools")
public class HandoffTools {
    private final StringRedisTemplate redis;
    private final RestClient zendesk;
    private final long groupId;

    public HandoffTools(StringRedisTemplate redis,
                        @Value("${zendesk.subdomain}") String sub,
                        @Value("${zendesk.email}") String email,
                        @Value("${zendesk.token}") String token,
                        @Value("${zendesk.group-id}") long groupId) {
        this.redis = redis;
        this.groupId = groupId;
        String basic = Base64.getEncoder().encodeToString((email + "/token:" + token).getBytes());
        this.zendesk = RestClient.builder()
                .baseUrl("https://" + sub + ".zendesk.com/api/v2")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .build();
    }

    @Tool("Hand the conversation to a ClearView customer-care rep. The bot stops replying and a person continues in this WhatsApp chat.")
    public String transferToHuman(@ToolMemoryId String waId, @P("short reason") String reason) {
        zendesk.post().uri("/tickets").body(Map.of("ticket", Map.of(
                "subject", "WhatsApp handoff +" + waId,
                "comment", Map.of("body", reason),
                "group_id", groupId,
                "tags", new String[]{"whatsapp", "bot_handoff"}))).retrieve().toBodilessEntity();
        redis.opsForValue().set("human:" + waId, "1", Duration.ofHours(8));
        return "Transferred. Tell the customer a ClearView rep will reply here shortly (Mon-Sat 7am-7pm ET).";
    }

    public boolean isWithHuman(String waId) {
        return Boolean.TRUE.equals(redis.hasKey("human:" + waId));
    }
}
