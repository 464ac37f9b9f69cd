package in.sahayogi.bot;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatCompletionCreateParams;
import com.openai.models.ChatModel;
import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.javalin.Javalin;

public class App {
    public static void main(String[] args) {
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
        OpenAIClient openai = OpenAIOkHttpClient.fromEnv();
        String botNumber = System.getenv("TWILIO_WHATSAPP_NUMBER");

        Javalin.create().post("/whatsapp", ctx -> {
            String from = ctx.formParam("From");
            String body = ctx.formParam("Body");
            ctx.status(204);

            var params = ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI)
                    .addSystemMessage(Prompts.SYSTEM)
                    .addUserMessage(body == null ? "" : body)
                    .build();
            String reply = openai.chat().completions().create(params)
                    .choices().get(0).message().content().orElse("माफ़ कीजिए, अभी जवाब नहीं दे पा रहा।");

            Message.creator(new PhoneNumber(from), new PhoneNumber(botNumber), reply).create();
        }).start(7000);
    }
}
