package com.example.tickets;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import java.nio.file.Files;
import java.nio.file.Path;

public class WeeklyJob {
    public static void main(String[] args) throws Exception {
        Digest digest = AiServices.create(Digest.class, OpenAiChatModel.withApiKey(System.getenv("OPENAI_API_KEY")));
        String tickets = Files.readString(Path.of(args[0]));
        Files.writeString(Path.of("digest.md"), digest.summarise(tickets));
    }
}
