package za.co.proteadirect.whatsapp.claims;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

@Component
public class ClaimsTools {

    private static final Logger log = LoggerFactory.getLogger(ClaimsTools.class);
    private final RestClient api;

    public ClaimsTools(@Value("${claims.api-url}") String url, @Value("${claims.api-key}") String key) {
        this.api = RestClient.builder().baseUrl(url).defaultHeader("X-Api-Key", key).build();
    }

    @Tool("Get the status of an existing claim")
    public String getClaimStatus(@P("policy number") String policyNo, @P("SA ID number") String idNumber) {
        return api.get().uri("/claims/status?policy={p}&id={i}", policyNo, idNumber).retrieve().body(String.class);
    }

    @Tool("Register a first notice of loss")
    public String registerClaim(@P("policy number") String policyNo,
                                @P("type: motor_accident, theft, geyser, storm, other") String type,
                                @P("date of loss yyyy-MM-dd") String date,
                                @P("description incl. place and SAPS case number if any") String description) {
        return api.post().uri("/claims/fnol")
                .body(Map.of("policy", policyNo, "type", type, "date", date, "description", description, "channel", "whatsapp"))
                .retrieve().body(String.class);
    }

    @Tool("Find approved panel beaters or glass repairers near a suburb")
    public String findRepairer(@P("suburb or town") String suburb, @P("panel or glass") String kind) {
        return api.get().uri("/repairers?near={s}&kind={k}", suburb, kind).retrieve().body(String.class);
    }

    @Tool("Escalate the conversation to a human claims consultant")
    public String escalateToHuman(@P("short reason") String reason) {
        // TODO: wire to the Genesys queue once the contact-centre integration is approved.
        log.info("Escalation requested: {}", reason);
        return "Escalation recorded.";
    }
}
