package it.lagunatours.digest;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;

/** Lanciato da cron alle 06:30: riassume le chat di ieri e manda la mail a banco@lagunatours.it. */
public class DailyDigestJob {

    public static void main(String[] args) throws Exception {
        ZoneId rome = ZoneId.of("Europe/Rome");
        ZonedDateTime start = LocalDate.now(rome).minusDays(1).atStartOfDay(rome);
        ZonedDateTime end = start.plusDays(1);

        List<String> transcripts = new ConversationFetcher().transcripts(start, end);
        if (transcripts.isEmpty()) {
            System.out.println("Nessuna conversazione ieri.");
            return;
        }
        String digest = new Summarizer().summarize(transcripts);
        sendMail("Riepilogo WhatsApp del " + start.toLocalDate(), digest);
    }

    private static void sendMail(String subject, String body) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", System.getenv().getOrDefault("SMTP_HOST", "smtp.lagunatours.it"));
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.auth", "true");
        Session s = Session.getInstance(p, new jakarta.mail.Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                return new jakarta.mail.PasswordAuthentication(System.getenv("SMTP_USER"), System.getenv("SMTP_PASS"));
            }
        });
        MimeMessage m = new MimeMessage(s);
        m.setFrom(new InternetAddress("digest@lagunatours.it"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse("banco@lagunatours.it"));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        Transport.send(m);
    }
}
