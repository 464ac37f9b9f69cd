package co.parcero.bot;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

@RestController
public class WhatsAppController {

    private final ParceroService parcero;
    private final BotProperties props;

    @Value("${twilio.account-sid}") private String sid;
    @Value("${twilio.auth-token}") private String token;
    @Value("${twilio.from}") private String from;

    public WhatsAppController(ParceroService parcero, BotProperties props) {
        this.parcero = parcero;
        this.props = props;
    }

    @PostConstruct
    void init() {
        Twilio.init(sid, token);
    }

    @PostMapping(value = "/twilio/whatsapp", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = "text/xml")
    public String entrante(@RequestParam("From") String numero, @RequestParam(value = "Body", defaultValue = "") String body) {
        String texto = body.trim();
        String respuesta;
        if (texto.equalsIgnoreCase("asesor") || texto.equalsIgnoreCase("ayuda")) {
            respuesta = "¡Claro que sí! Aquí encuentras respuestas a las preguntas más comunes sobre Parcero: " + props.ayudaUrl();
        } else {
            respuesta = parcero.responder(numero, texto);
        }
        Message.creator(new PhoneNumber(numero), new PhoneNumber(from), respuesta).create();
        return "<Response/>";
    }
}
