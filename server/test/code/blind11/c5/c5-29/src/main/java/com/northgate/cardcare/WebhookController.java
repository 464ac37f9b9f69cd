package com.northgate.cardcare;

import java.util.List;
import java.util.Map;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping("/webhook")
public class WebhookController {

    private final ChatClient chat;
    private final StringRedisTemplate redis;
    private final RestClient graph;
    private final RestClient zendesk;
    private final ChatMemory memory = MessageWindowChatMemory.builder().maxMessages(20).build();

    @Value("${whatsapp.verify-token}") String verifyToken;
    @Value("${zendesk.group-id}") long zendeskGroup;

    public WebhookController(ChatClient.Builder builder, StringRedisTemplate redis,
                             @Value("${cardcare.system-prompt}") String systemPrompt,
                             @Value("${whatsapp.phone-number-id}") String phoneId,
                             @Value("${whatsapp.token}") String waToken,
                             @Value("${zendesk.base-url}") String zdUrl,
                             @Value("${zendesk.email}") String zdEmail,
                             @Value("${zendesk.token}") String zdToken) {
        this.chat = builder.defaultSystem(systemPrompt).build();
        this.redis = redis;
        this.graph = RestClient.builder().baseUrl("https://graph.facebook.com/v21.0/" + phoneId)
                .defaultHeader("Authorization", "Bearer " + waToken).build();
        this.zendesk = RestClient.builder().baseUrl(zdUrl)
                .defaultHeaders(h -> h.setBasicAuth(zdEmail + "/token", zdToken)).build();
    }

    @GetMapping
    public ResponseEntity<String> verify(@RequestParam("hub.verify_token") String token,
                                         @RequestParam("hub.challenge") String challenge) {
        return verifyToken.equals(token) ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).build();
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    public ResponseEntity<Void> receive(@RequestBody Map<String, Object> body) {
        var entry = (List<Map<String, Object>>) body.get("entry");
        var value = (Map<String, Object>) ((List<Map<String, Object>>) entry.get(0).get("changes")).get(0).get("value");
        var messages = (List<Map<String, Object>>) value.get("messages");
        if (messages == null) return ResponseEntity.ok().build();

        var msg = messages.get(0);
        if (!"text".equals(msg.get("type"))) return ResponseEntity.ok().build();
        String from = (String) msg.get("from");
        String text = (String) ((Map<String, Object>) msg.get("text")).get("body");

        if (Boolean.TRUE.equals(redis.hasKey("human:" + from))) {
            return ResponseEntity.ok().build(); // agent is handling it in Zendesk
        }

        String reply = chat.prompt()
                .user(text)
                .tools(new HandoffTools(from, redis, zendesk, zendeskGroup))
                .advisors(MessageChatMemoryAdvisor.builder(memory).conversationId(from).build())
                .call()
                .content();

        graph.post().uri("/messages").body(Map.of(
                "messaging_product", "whatsapp", "to", from, "type", "text",
                "text", Map.of("body", reply))).retrieve().toBodilessEntity();
        return ResponseEntity.ok().build();
    }
}
