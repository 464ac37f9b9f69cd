package pt.segurosatlantico.whatsapp;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component("ferramentasSinistros")
public class FerramentasSinistros {

    final Set<String> emGestor = ConcurrentHashMap.newKeySet();
    private final WebClient freshdesk;
    private final long groupId;
    private final WebClient core = WebClient.create("https://core.segurosatlantico.pt/api");

    public FerramentasSinistros(@Value("${freshdesk.domain}") String domain,
                                @Value("${freshdesk.api-key}") String apiKey,
                                @Value("${freshdesk.group-id}") long groupId) {
        String basic = Base64.getEncoder().encodeToString((apiKey + ":X").getBytes());
        this.freshdesk = WebClient.builder()
                .baseUrl("https://" + domain + "/api/v2")
                .defaultHeader("Authorization", "Basic " + basic)
                .build();
        this.groupId = groupId;
    }

    @Tool("Devolve o estado de um processo de sinistro")
    public String estadoProcesso(@P("número do processo, ex. SIN-2024-004512") String processo) {
        return core.get().uri("/sinistros/{p}/estado", processo).retrieve().bodyToMono(String.class).block();
    }

    @Tool("Lista oficinas convencionadas num distrito")
    public String oficinas(@P("distrito") String distrito) {
        return core.get().uri(u -> u.path("/oficinas").queryParam("distrito", distrito).build())
                .retrieve().bodyToMono(String.class).block();
    }

    @Tool("Passa a conversa para um gestor de sinistros humano (abre ticket no Freshdesk)")
    public String passarParaGestor(@P("telefone WhatsApp do cliente") String telefone, @P("resumo do caso") String resumo) {
        Map<String, Object> ticket = Map.of(
                "subject", "WhatsApp – sinistro – " + telefone,
                "description", resumo,
                "phone", "+" + telefone,
                "name", "Cliente WhatsApp " + telefone,
                "group_id", groupId,
                "priority", 2,
                "status", 2,
                "source", 13,
                "tags", List.of("whatsapp", "handoff-bot"));
        String r = freshdesk.post().uri("/tickets").bodyValue(ticket).retrieve().bodyToMono(String.class).block();
        emGestor.add(telefone);
        return "Ticket criado: " + r;
    }
}
