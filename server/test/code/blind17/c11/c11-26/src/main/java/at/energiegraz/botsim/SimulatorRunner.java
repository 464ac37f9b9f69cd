package at.energiegraz.botsim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Spielt Testszenarien gegen den Staging-Kundenbot durch. Keine echten Kunden beteiligt. */
@Component
public class SimulatorRunner implements CommandLineRunner {

    private final ChatClient chat;
    private final ReplyCollector replies;
    @Value("classpath:prompts/kunde.st") Resource kundePrompt;
    @Value("classpath:prompts/bewertung.st") Resource bewertungPrompt;
    @Value("classpath:szenarien/standard.yaml") Resource szenarien;
    @Value("${ZIEL_BOT}") String zielBot;
    @Value("${SIM_ABSENDER}") String absender;

    public SimulatorRunner(ChatClient.Builder builder, ReplyCollector replies) {
        this.chat = builder.build();
        this.replies = replies;
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
    }

    @Override
    public void run(String... args) throws Exception {
        var mapper = new ObjectMapper(new YAMLFactory());
        List<Map<String, String>> faelle = mapper.readValue(szenarien.getInputStream(), List.class);

        for (var fall : faelle) {
            List<String> verlauf = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String kunde = chat.prompt()
                        .system(s -> s.text(kundePrompt).params(Map.of("szenario", fall.get("szenario"), "persona", fall.get("persona"))))
                        .user(String.join("\n", verlauf).isEmpty() ? "(Beginne das Gespräch)" : String.join("\n", verlauf))
                        .call().content();
                if (kunde.contains("[ENDE]")) break;
                verlauf.add("Kunde: " + kunde);
                Message.creator(new PhoneNumber(zielBot), new PhoneNumber(absender), kunde).create();
                verlauf.add("Bot: " + replies.awaitNext(60));
            }
            String urteil = chat.prompt()
                    .user(u -> u.text(bewertungPrompt).params(Map.of("verlauf", String.join("\n", verlauf))))
                    .call().content();
            System.out.printf("%s -> %s%n", fall.get("id"), urteil);
        }
    }
}
