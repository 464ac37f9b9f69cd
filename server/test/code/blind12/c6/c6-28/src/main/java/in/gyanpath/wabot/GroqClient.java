package in.gyanpath.wabot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class GroqClient {
    private final RestTemplate rest = new RestTemplate();
    private final LlmProperties props;

    public GroqClient(LlmProperties props) {
        this.props = props;
    }

    @SuppressWarnings("unchecked")
    public String ask(List<Map<String, String>> history) {
        List<Map<String, String>> messages = new ArrayList<>();
        messages.add(Map.of("role", "system", "content", props.systemPrompt()));
        messages.addAll(history);

        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setBearerAuth(props.apiKey());
        var body = Map.of("model", props.model(), "messages", messages, "temperature", 0.3);

        Map<String, Object> res = rest.postForObject(props.baseUrl() + "/chat/completions", new HttpEntity<>(body, h), Map.class);
        var choices = (List<Map<String, Object>>) res.get("choices");
        return (String) ((Map<String, Object>) choices.get(0).get("message")).get("content");
    }
}
