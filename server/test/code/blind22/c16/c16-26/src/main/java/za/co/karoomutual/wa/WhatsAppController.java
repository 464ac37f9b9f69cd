package za.co.karoomutual.wa;

import com.twilio.Twilio;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import java.util.List;

@RestController
public class WhatsAppController {

    private final CardAssistant assistant;
    private final RestClient cbs;

    public WhatsAppController(CardTools tools,
                              @Value("${openai.api-key}") String apiKey,
                              @Value("${openai.model}") String model,
                              @Value("${twilio.account-sid}") String sid,
                              @Value("${twilio.auth-token}") String token,
                              @Value("${core-banking.base-url}") String cbsUrl) {
        Twilio.init(sid, token);
        this.cbs = RestClient.create(cbsUrl);
        this.assistant = AiServices.builder(CardAssistant.class)
                .chatLanguageModel(OpenAiChatModel.builder().apiKey(apiKey).modelName(model).temperature(0.2).build())
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(14))
                .tools(tools)
                .build();
    }

    @PostMapping(value = "/twilio/wa", produces = MediaType.APPLICATION_XML_VALUE)
    public String inbound(@RequestParam("From") String from, @RequestParam("Body") String body) {
        String msisdn = from.replace("whatsapp:", "");
        CardTools.Customer customer = cbs.get().uri("/customers/by-msisdn/{m}", msisdn).retrieve().body(CardTools.Customer.class);

        String reply;
        if (customer == null) {
            reply = "Hi! This WhatsApp number is only linked to registered Karoo Mutual customers. "
                    + "Please register your cellphone number in the Karoo Mutual app first.";
        } else {
            CardTools.CURRENT.set(customer);
            try {
                reply = assistant.chat(from, body);
            } finally {
                CardTools.CURRENT.remove();
            }
        }
        return new MessagingResponse.Builder()
                .message(new com.twilio.twiml.messaging.Message.Builder().body(new Body.Builder(reply).build()).build())
                .build().toXml();
    }
}
