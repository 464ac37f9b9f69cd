package com.example.clinic;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.springframework.web.bind.annotation.*;

@RestController
class SmsController {
    private final OpenAIClient openai = OpenAIOkHttpClient.fromEnv();

    @PostMapping("/twilio")
    void incoming(@RequestParam("From") String from, @RequestParam("Body") String body) {
        var params = ChatCompletionCreateParams.builder()
                .model("gpt-4o-mini")
                .addSystemMessage(Texts.SYSTEM)
                .addUserMessage(body)
                .build();
        String reply = openai.chat().completions().create(params).choices().get(0).message().content().orElse("");
        Message.creator(new PhoneNumber(from), new PhoneNumber("whatsapp:+442079460000"), reply).create();
    }
}
