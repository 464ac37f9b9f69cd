package com.example.pets;

import org.springframework.web.bind.annotation.*;

@RestController
public class TwilioHook {
    private final CompanionService companion;

    public TwilioHook(CompanionService companion) {
        this.companion = companion;
    }

    @PostMapping(value = "/sms", produces = "application/xml")
    public String sms(@RequestParam("Body") String body) {
        return "<Response><Message>" + companion.answer(body) + "</Message></Response>";
    }
}
