package co.parcero.bot;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatCompletion;
import com.openai.models.ChatCompletionCreateParams;
import org.springframework.stereotype.Service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Service
public class ParceroService {

    private record Turno(boolean usuario, String texto) {}

    private final OpenAIClient openai = OpenAIOkHttpClient.fromEnv();
    private final Map<String, Deque<Turno>> historial = new ConcurrentHashMap<>();
    private final BotProperties props;

    public ParceroService(BotProperties props) {
        this.props = props;
    }

    public String responder(String numero, String texto) {
        Deque<Turno> h = historial.computeIfAbsent(numero, k -> new ArrayDeque<>());
        h.addLast(new Turno(true, texto));
        while (h.size() > props.maxHistorial()) h.removeFirst();

        ChatCompletionCreateParams.Builder b = ChatCompletionCreateParams.builder()
                .model(props.modelo())
                .addSystemMessage(props.systemPrompt());
        for (Turno t : h) {
            if (t.usuario()) b.addUserMessage(t.texto());
            else b.addAssistantMessage(t.texto());
        }

        ChatCompletion c = openai.chat().completions().create(b.build());
        String respuesta = c.choices().get(0).message().content().orElse("Uy, no te entendí. ¿Me lo repites?");
        h.addLast(new Turno(false, respuesta));
        return respuesta;
    }
}
