package za.co.fibreveld.wabot.handover;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

@Component
public class SupportTools {

    private final RestClient freshchat;
    private final String groupId;
    private final HandoverRegistry registry;

    public SupportTools(@Value("${freshchat.base-url}") String baseUrl,
                        @Value("${freshchat.token}") String token,
                        @Value("${freshchat.support-group-id}") String groupId,
                        HandoverRegistry registry) {
        this.freshchat = RestClient.builder().baseUrl(baseUrl)
                .defaultHeader("Authorization", "Bearer " + token).build();
        this.groupId = groupId;
        this.registry = registry;
    }

    @Tool("Check fibre coverage for a street address")
    public String checkCoverage(@P("street address incl. suburb") String address) {
        return RestClient.create().get()
                .uri("https://coverage.fibreveld.co.za/api/check?address={a}", address)
                .retrieve().body(String.class);
    }

    @Tool("Get account balance and next invoice date")
    public String accountSummary(@P("FibreVeld account number, e.g. FV-204311") String account) {
        return RestClient.create().get()
                .uri("https://billing.fibreveld.co.za/api/accounts/{a}/summary", account)
                .retrieve().body(String.class);
    }

    @Tool("Hand the WhatsApp conversation over to a human FibreVeld support agent")
    public String handOverToAgent(@P("customer's WhatsApp id") String waId, @P("one-line summary") String summary) {
        freshchat.post().uri("/conversations")
                .body(Map.of(
                        "channel", "whatsapp",
                        "users", new Object[]{Map.of("phone", waId)},
                        "assigned_group_id", groupId,
                        "messages", new Object[]{Map.of("message_type", "private",
                                "message_parts", new Object[]{Map.of("text", Map.of("content", "Bot handover: " + summary))})}
                ))
                .retrieve().toBodilessEntity();
        registry.markHuman(waId);
        return "handed over";
    }
}
