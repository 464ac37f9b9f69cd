package com.harbourview.concierge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConciergeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConciergeApplication.class, args);
    }
}
