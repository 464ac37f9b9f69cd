package mx.vivaclub.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

@Service
public class PromptService {
    private final String base = read("prompts/base.txt");
    private final String premium = read("prompts/premium.txt");

    public String forMember(String tier) {
        return "BLACK".equalsIgnoreCase(tier) ? base + "\n\n" + premium : base;
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
