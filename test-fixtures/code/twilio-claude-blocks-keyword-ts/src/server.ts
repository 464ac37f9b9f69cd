import express from "express";
import twilio from "twilio";
import { responder } from "./asistente.js";

const app = express();
app.use(express.urlencoded({ extended: false }));

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const REMITENTE = process.env.TWILIO_WHATSAPP_FROM!;
const MOSTRADOR = process.env.MOSTRADOR_WHATSAPP!;

app.post("/whatsapp", async (req, res) => {
  const texto: string = (req.body.Body ?? "").trim();
  const twiml = new twilio.twiml.MessagingResponse();
  if (/\b(humano|persona|asesor)\b/i.test(texto)) {
    await client.messages.create({ from: REMITENTE, to: MOSTRADOR, body: `${req.body.From} pide hablar con alguien: ${texto}` });
    twiml.message("Listo, alguien del mostrador te escribe en unos minutos.");
  } else {
    twiml.message(await responder(texto));
  }
  res.type("text/xml").send(twiml.toString());
});

app.listen(3000);
