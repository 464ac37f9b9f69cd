package pt.segurosatlantico.whatsapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WhatsappSinistrosApplication {
    public static void main(String[] args) {
        SpringApplication.run(WhatsappSinistrosApplication.class, args);
    }
}
