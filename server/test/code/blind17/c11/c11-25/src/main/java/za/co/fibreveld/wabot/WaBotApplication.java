package za.co.fibreveld.wabot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class WaBotApplication {
    public static void main(String[] args) {
        SpringApplication.run(WaBotApplication.class, args);
    }
}
