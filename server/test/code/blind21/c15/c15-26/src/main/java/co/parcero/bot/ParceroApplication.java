package co.parcero.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ParceroApplication {
    public static void main(String[] args) {
        SpringApplication.run(ParceroApplication.class, args);
    }
}
