package com.clearview.glassbot.ai;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.spring.AiService;

@AiService(tools = {"bookingTools", "handoffTools"})
public interface GlassAssistant {

    @SystemMessage(fromResource = "prompts/glass-assistant.txt")
    String chat(@MemoryId String waId, @UserMessage String message);
}
