package pt.segurosatlantico.whatsapp;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.spring.AiService;

import static dev.langchain4j.service.spring.AiServiceWiringMode.EXPLICIT;

@AiService(wiringMode = EXPLICIT, chatModel = "openAiChatModel",
        tools = "ferramentasSinistros", chatMemoryProvider = "memoriaPorCliente")
public interface AssistenteSinistros {

    @SystemMessage(fromResource = "prompts/sinistros.txt")
    String responder(@MemoryId String waId, @UserMessage String mensagem);
}
