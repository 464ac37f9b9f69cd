package io.tidewave.wa.testkit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FakeChatClientTest {

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/fixtures", name));
    }

    @Test
    void returnsQueuedRepliesInOrderThenFallback() throws Exception {
        var fake = new FakeChatClient().reply("one", "two");
        var msgs = List.of(new ChatClient.Message("system", fixture("system_prompt_generic.txt")),
                new ChatClient.Message("user", "hi"));

        assertThat(fake.complete(msgs)).isEqualTo("one");
        assertThat(fake.complete(msgs)).isEqualTo("two");
        assertThat(fake.complete(msgs)).isEqualTo("FAKE_REPLY");
        assertThat(fake.calls()).hasSize(3);
    }

    @Test
    void exposesLastSystemPrompt() throws Exception {
        var fake = new FakeChatClient();
        String sys = fixture("system_prompt_scoped.txt");
        fake.complete(List.of(new ChatClient.Message("system", sys), new ChatClient.Message("user", "price?")));
        assertThat(fake.lastSystemPrompt()).isEqualTo(sys);
    }

    @Test
    void webhookFixtureEscapesQuotes() {
        assertThat(WebhookFixtures.text("4915112345678", "say \"hi\"")).contains("say \\\"hi\\\"");
    }
}
