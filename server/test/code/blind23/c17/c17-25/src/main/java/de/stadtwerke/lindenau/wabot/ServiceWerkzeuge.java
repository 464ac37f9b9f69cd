package de.stadtwerke.lindenau.wabot;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component("serviceWerkzeuge")
public class ServiceWerkzeuge {

    private final RestClient zendesk;
    private final ZaehlerService zaehler;

    public ServiceWerkzeuge(@Value("${zendesk.subdomain}") String sub,
                            @Value("${zendesk.auth}") String basicAuth,
                            ZaehlerService zaehler) {
        this.zendesk = RestClient.builder()
                .baseUrl("https://" + sub + ".zendesk.com/api/v2")
                .defaultHeader("Authorization", "Basic " + basicAuth)
                .build();
        this.zaehler = zaehler;
    }

    @Tool("Meldet einen Zählerstand")
    public String zaehlerstandMelden(@P("Zählernummer") String nummer, @P("Stand") double stand, @P("Datum") String datum) {
        return zaehler.melden(nummer, stand, datum);
    }

    @Tool("Übergibt das Gespräch an das Kundenservice-Team (Menschen)")
    public String anEinanderUebergeben(@P("Telefonnummer des Kunden (wa_id)") String waId, @P("Kurzbeschreibung") String anliegen) {
        zendesk.post().uri("/tickets.json")
                .body(Map.of("ticket", Map.of(
                        "subject", "WhatsApp-Übergabe",
                        "comment", Map.of("body", anliegen),
                        "requester", Map.of("name", "WhatsApp " + waId, "phone", "+" + waId),
                        "via", Map.of("channel", "whatsapp"),
                        "group_id", 360012345678L,
                        "tags", new String[] {"whatsapp", "bot_uebergabe"})))
                .retrieve().toBodilessEntity();
        return "Übergeben. Sag dem Kunden: Ein Mitarbeiter meldet sich hier im Chat, Mo–Fr 7–19 Uhr, Sa 8–14 Uhr. "
                + "Alternativ Servicetelefon 0341 9876-0.";
    }
}
