package com.example.florist;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.MemoryId;

public interface FloristAssistant {

    @SystemMessage({
        "You are the order assistant of Petal & Stem, a florist in Leeds.",
        "Only help with bouquets, prices, delivery slots in Leeds and order status.",
        "If the question is about anything else, politely say you can only help with flower orders.",
        "If the customer asks for a person or is unhappy, tell them you are passing the chat to our shop team",
        "and that a florist will reply here shortly."
    })
    String reply(@MemoryId String phone, @UserMessage String text);
}
