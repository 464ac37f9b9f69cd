package de.stadtwerke.lindenau.wabot;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.spring.AiService;

@AiService(tools = "serviceWerkzeuge")
public interface Kundenservice {

    @SystemMessage(fromResource = "prompts/kundenservice.txt")
    String antworte(@MemoryId String waId, @UserMessage String nachricht);
}
