package de.stadtwerke.lindenau.wabot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WaBotApplication {
    public static void main(String[] args) {
        SpringApplication.run(WaBotApplication.class, args);
    }
}
