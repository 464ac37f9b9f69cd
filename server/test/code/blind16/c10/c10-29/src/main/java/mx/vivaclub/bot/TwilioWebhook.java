package mx.vivaclub.bot;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClient;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;

@RestController
public class TwilioWebhook {
    private final PromptService prompts;
    private final RestClient http = RestClient.create();
    @Value("${gemini.url}") String geminiUrl;
    @Value("${members.api}") String membersApi;

    public TwilioWebhook(PromptService prompts) { this.prompts = prompts; }

    @PostMapping(value = "/twilio/whatsapp", produces = MediaType.APPLICATION_XML_VALUE)
    public String inbound(@RequestParam("From") String from, @RequestParam("Body") String body) {
        String phone = from.replace("whatsapp:", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> member = http.get().uri(membersApi + "?phone={p}", phone).retrieve().body(Map.class);
        String tier = member == null ? "NONE" : String.valueOf(member.getOrDefault("tier", "BASIC"));

        Map<String, Object> req = Map.of(
            "system_instruction", Map.of("parts", List.of(Map.of("text", prompts.forMember(tier)))),
            "contents", List.of(Map.of("role", "user", "parts", List.of(Map.of("text", body)))));
        @SuppressWarnings("unchecked")
        Map<String, Object> res = http.post().uri(geminiUrl + "?key=" + System.getenv("GEMINI_API_KEY"))
            .contentType(MediaType.APPLICATION_JSON).body(req).retrieve().body(Map.class);
        String text = extract(res);

        return new MessagingResponse.Builder()
            .message(new Message.Builder().body(new Body.Builder(text).build()).build())
            .build().toXml();
    }

    @SuppressWarnings("unchecked")
    private static String extract(Map<String, Object> res) {
        try {
            var cand = (List<Map<String, Object>>) res.get("candidates");
            var content = (Map<String, Object>) cand.get(0).get("content");
            var parts = (List<Map<String, Object>>) content.get("parts");
            return String.valueOf(parts.get(0).get("text"));
        } catch (Exception e) {
            return "Perdón, no pude responder. Intenta de nuevo.";
        }
    }
}
