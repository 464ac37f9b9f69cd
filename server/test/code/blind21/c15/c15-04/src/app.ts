import express from "express";
import twilio from "twilio";
import { config } from "./config";
import { antworte } from "./llm/agent";

const app = express();
app.use(express.urlencoded({ extended: false }));
const client = twilio(config.twilio.sid, config.twilio.token);

app.post(
  "/twilio/whatsapp",
  twilio.webhook({ validate: process.env.NODE_ENV === "production" }),
  async (req, res) => {
    res.type("text/xml").send(new twilio.twiml.MessagingResponse().toString());
    const from: string = req.body.From; // whatsapp:+49...
    const body: string = (req.body.Body ?? "").trim();
    if (!body) return;

    try {
      const antwort = await antworte(from.replace("whatsapp:", ""), body);
      await client.messages.create({ from: config.twilio.from, to: from, body: antwort });
    } catch (e) {
      console.error(e);
    }
  }
);

app.listen(config.port, () => console.log(`Werkstatt-Bot läuft auf :${config.port}`));
