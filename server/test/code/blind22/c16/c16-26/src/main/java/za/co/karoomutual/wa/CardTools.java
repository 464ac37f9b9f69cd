package za.co.karoomutual.wa;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

@Component
public class CardTools {

    private final RestClient cbs;
    private final String from;
    private final String privateDesk;

    public CardTools(@Value("${core-banking.base-url}") String cbsUrl,
                     @Value("${twilio.whatsapp-from}") String from,
                     @Value("${private-banking.desk-whatsapp}") String privateDesk) {
        this.cbs = RestClient.create(cbsUrl);
        this.from = from;
        this.privateDesk = privateDesk;
    }

    static final ThreadLocal<Customer> CURRENT = new ThreadLocal<>();

    record Customer(String id, String waNumber, String segment, List<String> cardsLast4) {}

    @Tool("Lists the customer's cards with status (ACTIVE, FROZEN, BLOCKED)")
    public List<Map<String, Object>> listCards() {
        return cbs.get().uri("/customers/{id}/cards", CURRENT.get().id()).retrieve().body(List.class);
    }

    @Tool("Freezes or unfreezes a card")
    public String setFrozen(@P("last four digits") String last4, @P("true to freeze") boolean frozen) {
        cbs.post().uri("/customers/{id}/cards/{last4}/freeze", CURRENT.get().id(), last4)
                .body(Map.of("frozen", frozen)).retrieve().toBodilessEntity();
        return frozen ? "FROZEN" : "ACTIVE";
    }

    @Tool("Recent transactions on a card, including declines and decline reasons")
    public List<Map<String, Object>> transactions(@P("last four digits") String last4) {
        return cbs.get().uri("/customers/{id}/cards/{last4}/transactions?limit=10", CURRENT.get().id(), last4)
                .retrieve().body(List.class);
    }

    @Tool("Connects a Private Banking client to their relationship manager")
    public String connectBanker(@P("short reason") String reason) {
        Customer c = CURRENT.get();
        if (!"PRIVATE".equals(c.segment())) {
            return "NOT_ELIGIBLE";
        }
        Message.creator(new PhoneNumber(privateDesk), new PhoneNumber(from),
                "Private client " + c.id() + " (" + c.waNumber() + ") asked for their RM: " + reason).create();
        return "CONNECTED - the relationship manager will message the client directly";
    }
}
