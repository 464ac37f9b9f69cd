package de.swlindenau.wabot;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

@RestController
public class TwilioWebhookController {

    private final MistralClient mistral;
    private final Map<String, List<Map<String, String>>> verlaeufe = new ConcurrentHashMap<>();

    public TwilioWebhookController(MistralClient mistral) {
        this.mistral = mistral;
    }

    @PostMapping(value = "/twilio/whatsapp", produces = MediaType.APPLICATION_XML_VALUE)
    public String eingang(@RequestParam("From") String from, @RequestParam(value = "Body", defaultValue = "") String text) throws Exception {
        var verlauf = verlaeufe.computeIfAbsent(from, k -> Collections.synchronizedList(new ArrayList<>()));
        verlauf.add(Map.of("role", "user", "content", text));
        while (verlauf.size() > 16) verlauf.remove(0);
        String antwort = mistral.antworte(verlauf);
        verlauf.add(Map.of("role", "assistant", "content", antwort));
        return new MessagingResponse.Builder()
                .message(new Message.Builder().body(new Body.Builder(antwort).build()).build())
                .build().toXml();
    }
}
