package za.co.proteadirect.whatsapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClaimsWhatsappApplication {
    public static void main(String[] args) {
        SpringApplication.run(ClaimsWhatsappApplication.class, args);
    }
}
