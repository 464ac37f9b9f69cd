package uk.co.fernleighfibre.wabot.ai;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

public interface FernAssistant {

    @SystemMessage(fromResource = "/prompts/support-agent.txt")
    String chat(@MemoryId String waId, @UserMessage String message);
}
