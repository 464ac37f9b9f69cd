package pt.luzboa.wa.classificador;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

public class Classificador {

    private final BedrockRuntimeClient bedrock;
    private final String modelId;
    private final String instrucoes;

    public Classificador(String region, String modelId) throws IOException {
        this.bedrock = BedrockRuntimeClient.builder().region(Region.of(region)).build();
        this.modelId = modelId;
        try (InputStream in = Classificador.class.getResourceAsStream("/prompts/classificar.txt")) {
            this.instrucoes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public String classificar(String textoCliente) {
        Message msg = Message.builder()
                .role(ConversationRole.USER)
                .content(ContentBlock.fromText(textoCliente))
                .build();
        ConverseResponse resp = bedrock.converse(r -> r
                .modelId(modelId)
                .system(SystemContentBlock.fromText(instrucoes))
                .messages(msg)
                .inferenceConfig(c -> c.maxTokens(120).temperature(0f)));
        return resp.output().message().content().get(0).text();
    }
}
