package com.northgate.cardcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CardCareApplication {
    public static void main(String[] args) {
        SpringApplication.run(CardCareApplication.class, args);
    }
}
