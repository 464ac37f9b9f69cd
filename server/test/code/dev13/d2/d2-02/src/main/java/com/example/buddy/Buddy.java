package com.example.buddy;

import dev.langchain4j.service.SystemMessage;

interface Buddy {
    @SystemMessage(fromResource = "/prompts/buddy.txt")
    String chat(String userMessage);
}
