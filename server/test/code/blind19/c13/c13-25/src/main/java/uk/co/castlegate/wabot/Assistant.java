package uk.co.castlegate.wabot;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;

public interface Assistant {
    String chat(@MemoryId String waId, @UserMessage String text);
}
