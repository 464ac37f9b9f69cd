package uk.co.harbourhotels.concierge;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

public class App {
    private static final Map<String, String[]> PROPERTIES = Map.of(
            "whatsapp:+441872555010", new String[] {"The Harbour, Falmouth", "+44 1872 555010"},
            "whatsapp:+441803555220", new String[] {"Harbour Quay, Dartmouth", "+44 1803 555220"});

    public static void main(String[] args) {
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
        BedrockRuntimeClient bedrock = BedrockRuntimeClient.builder().region(Region.EU_WEST_2).build();
        FrontDesk frontDesk = new FrontDesk(System.getenv("OPERA_NOTIFY_URL"));

        Javalin.create().post("/twilio/whatsapp", ctx -> {
            String to = ctx.formParam("To");
            String from = ctx.formParam("From");
            String body = ctx.formParam("Body");
            String[] prop = PROPERTIES.getOrDefault(to, PROPERTIES.get("whatsapp:+441872555010"));

            ConverseResponse res = bedrock.converse(r -> r
                    .modelId("anthropic.claude-3-haiku-20240307-v1:0")
                    .system(SystemContentBlock.fromText(ConciergePrompt.forProperty(prop[0], prop[1])))
                    .messages(m -> m.role(ConversationRole.USER).content(List.of(ContentBlock.fromText(body)))));
            String reply = res.output().message().content().get(0).text();

            if (reply.lines().anyMatch(l -> l.strip().equals("TRANSFER"))) {
                frontDesk.notify(prop[0], from, body);
                reply = reply.lines().filter(l -> !l.strip().equals("TRANSFER")).reduce("", (a, b) -> a + b + "\n").strip();
            }
            Message.creator(new PhoneNumber(from), new PhoneNumber(to), reply).create();
            ctx.contentType("text/xml").result("<Response/>");
        }).start(7070);
    }
}
