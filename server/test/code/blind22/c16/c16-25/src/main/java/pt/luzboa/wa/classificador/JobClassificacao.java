package pt.luzboa.wa.classificador;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Consome o tópico com as mensagens recebidas no WhatsApp (cópia do webhook da Cloud API feita pelo
 * wa-gateway) e grava a intenção de cada mensagem para os dashboards de Customer Insights.
 * Não envia nada para o WhatsApp.
 */
public class JobClassificacao {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Properties cfg = new Properties();
        try (InputStream in = JobClassificacao.class.getResourceAsStream("/application.properties")) {
            cfg.load(in);
        }

        Properties kp = new Properties();
        kp.put("bootstrap.servers", cfg.getProperty("kafka.bootstrap"));
        kp.put("group.id", cfg.getProperty("kafka.group"));
        kp.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        kp.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        kp.put("enable.auto.commit", "false");

        Classificador classificador = new Classificador(cfg.getProperty("bedrock.region"), cfg.getProperty("bedrock.model"));

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kp);
             Connection db = DriverManager.getConnection(cfg.getProperty("pg.url"), System.getenv("PG_USER"), System.getenv("PG_PASSWORD"))) {

            consumer.subscribe(List.of(cfg.getProperty("kafka.topic")));
            PreparedStatement insert = db.prepareStatement(
                    "insert into wa_intencoes (wamid, wa_id, recebida_em, resultado) values (?, ?, to_timestamp(?), ?::jsonb) on conflict (wamid) do nothing");

            while (true) {
                for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofSeconds(5))) {
                    JsonNode m = JSON.readTree(rec.value()).at("/entry/0/changes/0/value/messages/0");
                    if (m.isMissingNode() || !"text".equals(m.path("type").asText())) {
                        continue;
                    }
                    String resultado;
                    try {
                        resultado = classificador.classificar(m.path("text").path("body").asText());
                        JSON.readTree(resultado); // valida
                    } catch (Exception e) {
                        resultado = "{\"intencao\":\"erro\"}";
                    }
                    insert.setString(1, m.path("id").asText());
                    insert.setString(2, m.path("from").asText());
                    insert.setLong(3, m.path("timestamp").asLong());
                    insert.setString(4, resultado);
                    insert.executeUpdate();
                }
                consumer.commitSync();
            }
        }
    }
}
