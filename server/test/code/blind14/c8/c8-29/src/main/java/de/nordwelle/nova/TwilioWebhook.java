package de.nordwelle.nova;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

@RestController
public class TwilioWebhook {

    private final NovaService nova;
    @Value("${twilio.account-sid}") String sid;
    @Value("${twilio.auth-token}") String token;
    @Value("${twilio.whatsapp-from}") String from;

    public TwilioWebhook(NovaService nova) {
        this.nova = nova;
    }

    @PostConstruct
    void init() {
        Twilio.init(sid, token);
    }

    @PostMapping(value = "/twilio/incoming", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public String incoming(@RequestParam("From") String sender, @RequestParam(value = "Body", defaultValue = "") String body) {
        String reply = nova.answer(sender, body);
        for (String part : reply.split("(?<=\\G.{1500})")) {
            Message.creator(new PhoneNumber(sender), new PhoneNumber(from), part).create();
        }
        return "<Response/>";
    }
}
