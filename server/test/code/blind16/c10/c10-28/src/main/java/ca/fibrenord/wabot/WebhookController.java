package ca.fibrenord.wabot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.*;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;

@RestController
public class WebhookController {
    interface Agent { String chat(String message); }

    private final RespondIoClient respond;
    private final OpenAiChatModel model;
    private final String systemPrompt;
    private final Map<String, MessageWindowChatMemory> memories = new ConcurrentHashMap<>();

    public WebhookController(RespondIoClient respond, @Value("${bot.model}") String modelName,
                             @Value("${bot.system-prompt}") String systemPrompt) {
        this.respond = respond;
        this.systemPrompt = systemPrompt;
        this.model = OpenAiChatModel.builder().apiKey(System.getenv("OPENAI_API_KEY")).modelName(modelName).build();
    }

    @PostMapping("/respondio/webhook")
    public void onMessage(@RequestBody Map<String, Object> event) {
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) event.get("contact");
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) event.get("message");
        if (contact == null || message == null || !"incoming".equals(event.get("direction"))) return;
        if (contact.get("assignee") != null) return; // un humain s'en occupe déjà

        String contactId = String.valueOf(contact.get("id"));
        SupportTools tools = new SupportTools(respond, contactId);
        Agent agent = AiServices.builder(Agent.class)
            .chatLanguageModel(model)
            .systemMessageProvider(id -> systemPrompt)
            .chatMemory(memories.computeIfAbsent(contactId, k -> MessageWindowChatMemory.withMaxMessages(12)))
            .tools(tools)
            .build();
        String answer = agent.chat(String.valueOf(((Map<?, ?>) message.get("message")).get("text")));
        respond.sendText(contactId, answer);
    }
}
