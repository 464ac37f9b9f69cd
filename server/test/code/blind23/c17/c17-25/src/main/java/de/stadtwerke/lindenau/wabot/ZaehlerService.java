package de.stadtwerke.lindenau.wabot;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class ZaehlerService {
    private final JdbcTemplate jdbc;

    public ZaehlerService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String melden(String nummer, double stand, String datum) {
        int n = jdbc.update("insert into zaehlerstaende(zaehler_nr, stand, datum, quelle) values (?, ?, ?::date, 'whatsapp')",
                nummer, stand, datum);
        return n == 1 ? "Zählerstand gespeichert." : "Zählernummer unbekannt.";
    }
}
