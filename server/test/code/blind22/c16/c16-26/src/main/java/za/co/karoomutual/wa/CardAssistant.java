package za.co.karoomutual.wa;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

public interface CardAssistant {

    @SystemMessage(fromResource = "/prompts/card-assistant.txt")
    String chat(@MemoryId String waNumber, @UserMessage String message);
}
