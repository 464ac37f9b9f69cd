package uk.co.harbourhotels.concierge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes a task to the reception team's Opera Cloud task list; reception calls/WhatsApps the guest back. */
final class FrontDesk {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    FrontDesk(String url) {
        this.url = url;
    }

    void notify(String hotel, String guestNumber, String message) {
        String json = "{\"hotel\":\"%s\",\"guest\":\"%s\",\"text\":\"%s\",\"priority\":\"high\"}"
                .formatted(hotel, guestNumber, message.replace("\"", "'"));
        http.sendAsync(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
