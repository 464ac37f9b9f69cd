import express from "express";
import twilio from "twilio";
import { genelCevap, kategori, magazaCevabi } from "./claude.js";

const app = express();
app.use(express.urlencoded({ extended: false }));

const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_WHATSAPP_FROM!;
const DESTEK = process.env.DESTEK_EKIBI_WHATSAPP!;

async function cevapUret(mesaj: string): Promise<string> {
  const k = await kategori(mesaj);
  switch (k) {
    case "siparis":
    case "teslimat":
    case "abonelik":
      return magazaCevabi(mesaj);
    default:
      return genelCevap(mesaj);
  }
}

app.post("/twilio/whatsapp", async (req, res) => {
  const from: string = req.body.From;
  const body: string = (req.body.Body ?? "").trim();
  const twiml = new twilio.twiml.MessagingResponse();

  if (/^(temsilci|temsilciye bağla|insan)$/i.test(body)) {
    await tw.messages.create({
      from: FROM,
      to: DESTEK,
      body: `Müşteri ${from.replace("whatsapp:", "")} temsilci istiyor. Son mesaj: "${body}"`,
    });
    twiml.message("Destek ekibimize haber verdik, bir temsilci birazdan size buradan yazacak. 🙏");
  } else {
    twiml.message(await cevapUret(body));
  }

  res.type("text/xml").send(twiml.toString());
});

app.listen(3000);
