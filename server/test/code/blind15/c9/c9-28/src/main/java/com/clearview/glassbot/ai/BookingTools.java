package com.clearview.glassbot.ai;

import dev.langchain4j.agent.tool.Tool;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

@Component("bookingTools")
public class BookingTools {
    private final RestClient shop = RestClient.create("http://shopmgr.internal:8081");

    @Tool("List open appointment slots for a branch (columbus, dayton, cincinnati) on a date YYYY-MM-DD")
    public String openSlots(String branch, String date) {
        return shop.get().uri("/slots?branch={b}&date={d}", branch, date).retrieve().body(String.class);
    }

    @Tool("Book a slot for a customer; returns the job number")
    public String book(String slotId, String customerName, String vehicle, String phone) {
        return shop.post().uri("/jobs")
                .body(Map.of("slotId", slotId, "name", customerName, "vehicle", vehicle, "phone", phone))
                .retrieve().body(String.class);
    }
}
