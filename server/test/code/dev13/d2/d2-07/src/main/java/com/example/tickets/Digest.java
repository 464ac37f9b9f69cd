package com.example.tickets;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

public interface Digest {
    @SystemMessage("You summarise support tickets for the weekly report. Answer with at most five bullet points.")
    String summarise(@UserMessage String tickets);
}
