package io.tidewave.wa.testkit;

import java.util.List;

/** Minimal seam the bot services depend on; production impl wraps openai-java. */
public interface ChatClient {
    record Message(String role, String content) {}

    String complete(List<Message> messages);
}
