package it.lagunatours.digest;

import com.twilio.Twilio;
import com.twilio.base.ResourceSet;
import com.twilio.rest.conversations.v1.Conversation;
import com.twilio.rest.conversations.v1.conversation.Message;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

public class ConversationFetcher {

    public ConversationFetcher() {
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
    }

    /** Trascrizioni delle conversazioni WhatsApp aggiornate nell'intervallo indicato. */
    public List<String> transcripts(ZonedDateTime from, ZonedDateTime to) {
        List<String> out = new ArrayList<>();
        ResourceSet<Conversation> convs = Conversation.reader().limit(500).read();
        for (Conversation c : convs) {
            if (c.getDateUpdated() == null || c.getDateUpdated().isBefore(from) || c.getDateUpdated().isAfter(to)) {
                continue;
            }
            StringBuilder sb = new StringBuilder("### Conversazione " + c.getFriendlyName() + "\n");
            for (Message m : Message.reader(c.getSid()).limit(200).read()) {
                if (m.getDateCreated().isBefore(from)) continue;
                sb.append(m.getAuthor().startsWith("whatsapp:") ? "Cliente" : "Staff(" + m.getAuthor() + ")")
                  .append(": ").append(m.getBody()).append('\n');
            }
            out.add(sb.toString());
        }
        return out;
    }
}
