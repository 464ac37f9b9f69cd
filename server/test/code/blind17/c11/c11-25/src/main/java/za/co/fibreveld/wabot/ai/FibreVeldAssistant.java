package za.co.fibreveld.wabot.ai;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

public interface FibreVeldAssistant {

    @SystemMessage(fromResource = "prompts/fibreveld-agent.txt")
    String chat(@MemoryId String waId, @UserMessage String message);
}
