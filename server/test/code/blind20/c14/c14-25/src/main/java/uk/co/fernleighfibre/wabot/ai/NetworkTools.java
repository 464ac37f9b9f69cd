package uk.co.fernleighfibre.wabot.ai;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

@Component
public class NetworkTools {

    private final RestClient http;

    public NetworkTools(@Value("${fernleigh.status-api}") String base) {
        this.http = RestClient.builder().baseUrl(base).build();
    }

    @Tool("Check whether Fernleigh Fibre is live at a UK postcode, and planned build date if not")
    public Map<?, ?> checkServiceStatus(@P("UK postcode, e.g. HG1 2AB") String postcode) {
        return http.get().uri("/coverage?postcode={p}", postcode).retrieve().body(Map.class);
    }

    @Tool("Run a remote line test on the customer's ONT and router")
    public Map<?, ?> runLineTest(@P("Fernleigh account number, FF followed by 7 digits") String account,
                                 @P("short note of the symptoms") String notes) {
        return http.post().uri("/linetest").body(Map.of("account", account, "notes", notes))
                .retrieve().body(Map.class);
    }
}
