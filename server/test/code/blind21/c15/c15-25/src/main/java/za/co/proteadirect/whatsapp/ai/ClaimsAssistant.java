package za.co.proteadirect.whatsapp.ai;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.spring.AiService;

@AiService
public interface ClaimsAssistant {

    @SystemMessage(fromResource = "prompts/claims-assistant.txt")
    String chat(@MemoryId String waId, @UserMessage String message);
}
