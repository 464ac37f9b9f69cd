package io.tidewave.wa.testkit;

public final class WebhookFixtures {
    private WebhookFixtures() {}

    public static String text(String from, String body) {
        return """
            {"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{
              "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"123"},
              "contacts":[{"profile":{"name":"Test User"},"wa_id":"%s"}],
              "messages":[{"from":"%s","id":"wamid.TEST","timestamp":"1700000000","type":"text","text":{"body":"%s"}}]}}]}]}
            """.formatted(from, from, body.replace("\"", "\\\""));
    }
}
