package com.harbourmutual.claimsbot;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.stereotype.Service;

/** Second-pass model that re-reads escalated conversations. */
@Service
public class SupervisorService {

    private final ChatClient supervisor;

    public SupervisorService(ChatClient.Builder builder) {
        this.supervisor = builder.defaultSystem("""
                You are a senior claims supervisor model. Re-read the summary and the policyholder's concern,
                then write a calm, final reply to the policyholder in under 100 words. Do not promise payment.""").build();
    }

    public String review(String summary) {
        return supervisor.prompt().user(summary).call().content();
    }
}
