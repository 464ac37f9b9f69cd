package at.energiegraz.botsim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BotSimApplication {
    public static void main(String[] args) {
        SpringApplication.run(BotSimApplication.class, args);
    }
}
