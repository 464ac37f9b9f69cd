package com.example.batch;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.nio.file.Files;
import java.nio.file.Path;

public class Copywriter {
    public static void main(String[] args) throws Exception {
        var client = OpenAIOkHttpClient.fromEnv();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            var params = ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                    .addSystemMessage("Write a two-sentence product description.").addUserMessage(line).build();
            System.out.println(client.chat().completions().create(params).choices().get(0).message().content().orElse(""));
        }
    }
}
