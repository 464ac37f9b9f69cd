import express from "express";
import { answer } from "./assistant.js";

const app = express();
app.use(express.json());

const { WHATSAPP_TOKEN, PHONE_NUMBER_ID, VERIFY_TOKEN } = process.env;

app.get("/webhook", (req, res) => {
  if (req.query["hub.mode"] === "subscribe" && req.query["hub.verify_token"] === VERIFY_TOKEN) {
    res.status(200).send(req.query["hub.challenge"]);
  } else {
    res.sendStatus(403);
  }
});

async function sendWhatsApp(to: string, body: string) {
  await fetch(`https://graph.facebook.com/v21.0/${PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${WHATSAPP_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to, type: "text", text: { body } }),
  });
}

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const message = value?.messages?.[0];
  if (!message || message.type !== "text") return;

  const name = value.contacts?.[0]?.profile?.name ?? "ग्राहक";
  try {
    const reply = await answer(name, message.text.body);
    await sendWhatsApp(message.from, reply);
  } catch (err) {
    console.error("reply failed", err);
  }
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("listening"));
