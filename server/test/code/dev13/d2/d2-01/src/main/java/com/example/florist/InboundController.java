package com.example.florist;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.springframework.web.bind.annotation.*;

@RestController
public class InboundController {
    private final FloristAssistant assistant;

    public InboundController(FloristAssistant assistant) {
        this.assistant = assistant;
    }

    @PostMapping(value = "/twilio/inbound", produces = "application/xml")
    public String inbound(@RequestParam("From") String from, @RequestParam("Body") String body) {
        String answer = assistant.reply(from, body);
        return new MessagingResponse.Builder().message(new Message.Builder(answer).build()).build().toXml();
    }
}
