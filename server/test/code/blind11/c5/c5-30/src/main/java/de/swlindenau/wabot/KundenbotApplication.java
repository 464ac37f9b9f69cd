package de.swlindenau.wabot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KundenbotApplication {
    public static void main(String[] args) {
        SpringApplication.run(KundenbotApplication.class, args);
    }
}
