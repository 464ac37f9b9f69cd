package in.gyanpath.wabot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DoubtSolverApplication {
    public static void main(String[] args) {
        SpringApplication.run(DoubtSolverApplication.class, args);
    }
}
