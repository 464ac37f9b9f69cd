package com.clearview.glassbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GlassbotApplication {
    public static void main(String[] args) {
        SpringApplication.run(GlassbotApplication.class, args);
    }
}
