package io.tidewave.wa.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** Scripted test double. Never performs network calls. */
public final class FakeChatClient implements ChatClient {

    private final Deque<String> queued = new ArrayDeque<>();
    private final List<List<Message>> calls = new ArrayList<>();
    private Function<List<Message>, String> fallback = m -> "FAKE_REPLY";

    public FakeChatClient reply(String... replies) {
        for (String r : replies) queued.add(r);
        return this;
    }

    public FakeChatClient otherwise(Function<List<Message>, String> f) {
        this.fallback = f;
        return this;
    }

    @Override
    public String complete(List<Message> messages) {
        calls.add(List.copyOf(messages));
        return queued.isEmpty() ? fallback.apply(messages) : queued.poll();
    }

    public List<List<Message>> calls() { return calls; }

    public String lastSystemPrompt() {
        return calls.get(calls.size() - 1).stream()
                .filter(m -> m.role().equals("system")).map(Message::content).findFirst().orElse(null);
    }
}
