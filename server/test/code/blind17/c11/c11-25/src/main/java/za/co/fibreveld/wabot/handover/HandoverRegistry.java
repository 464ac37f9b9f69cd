package za.co.fibreveld.wabot.handover;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class HandoverRegistry {
    private final Map<String, Instant> human = new ConcurrentHashMap<>();

    public void markHuman(String waId) {
        human.put(waId, Instant.now().plusSeconds(6 * 3600));
    }

    public boolean isWithHuman(String waId) {
        var until = human.get(waId);
        return until != null && until.isAfter(Instant.now());
    }
}
