package it.lagunatours.digest;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

public class Summarizer {

    private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    private final String prompt;

    public Summarizer() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/riassunto_staff.txt")) {
            this.prompt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public String summarize(List<String> transcripts) {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addSystemMessage(prompt)
                .addUserMessage(String.join("\n\n", transcripts))
                .temperature(0.1)
                .build();
        ChatCompletion res = client.chat().completions().create(params);
        return res.choices().get(0).message().content().orElse("(riepilogo vuoto)");
    }
}
