package in.gyanpath.wabot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;

@RestController
public class TwilioWebhookController {

    private final GroqClient groq;
    private final Map<String, List<Map<String, String>>> sessions = new ConcurrentHashMap<>();

    public TwilioWebhookController(GroqClient groq) {
        this.groq = groq;
    }

    @PostMapping(value = "/twilio/incoming", produces = MediaType.APPLICATION_XML_VALUE)
    public String incoming(@RequestParam("From") String from, @RequestParam("Body") String body) {
        var history = sessions.computeIfAbsent(from, k -> new ArrayList<>());
        history.add(Map.of("role", "user", "content", body));
        if (history.size() > 12) history.subList(0, history.size() - 12).clear();

        String answer = groq.ask(history);
        history.add(Map.of("role", "assistant", "content", answer));

        String trimmed = answer.length() > 1500 ? answer.substring(0, 1500) : answer;
        return new MessagingResponse.Builder()
                .message(new Message.Builder().body(new Body.Builder(trimmed).build()).build())
                .build().toXml();
    }
}
