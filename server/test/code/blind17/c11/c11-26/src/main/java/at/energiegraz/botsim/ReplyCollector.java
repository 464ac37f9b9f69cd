package at.energiegraz.botsim;

import org.springframework.stereotype.Component;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Sammelt die Antworten des Staging-Bots (Twilio-Statuscallback → hier). */
@Component
public class ReplyCollector {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

    public void offer(String body) { queue.offer(body); }

    public String awaitNext(int seconds) throws InterruptedException {
        String s = queue.poll(seconds, TimeUnit.SECONDS);
        return s == null ? "(keine Antwort)" : s;
    }
}
