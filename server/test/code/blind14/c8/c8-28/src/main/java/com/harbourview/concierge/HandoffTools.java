package com.harbourview.concierge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.stereotype.Component;

@Component
public class HandoffTools {

    private static final Logger log = LoggerFactory.getLogger(HandoffTools.class);

    @Tool(description = "Ask for a human front-desk agent to take over this WhatsApp conversation")
    public String requestHuman(String reason) {
        // TODO(HV-112): wire to the front-desk inbox once Opera PMS integration is live
        log.info("Guest requested a human: {}", reason);
        return "ok";
    }
}
