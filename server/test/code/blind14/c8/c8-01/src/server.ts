import express from "express";
import { answer, redis } from "./agent.js";
import { sendText } from "./whatsapp.js";

const app = express();
app.use(express.json());

app.get("/webhook", (req, res) => {
  if (req.query["hub.mode"] === "subscribe" && req.query["hub.verify_token"] === process.env.WA_VERIFY_TOKEN) {
    return res.send(req.query["hub.challenge"]);
  }
  res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== "text") return;
  const phone: string = msg.from;

  // a mechanic owns the chat in Chatwoot: stay quiet
  if (await redis.get(`human:${phone}`)) return;

  const key = `hist:${phone}`;
  await redis.rpush(key, JSON.stringify({ role: "user", content: msg.text.body }));
  await redis.ltrim(key, -12, -1);
  const history = (await redis.lrange(key, 0, -1)).map((s) => JSON.parse(s));

  try {
    const reply = await answer(phone, history);
    await redis.rpush(key, JSON.stringify({ role: "assistant", content: reply }));
    await sendText(phone, reply);
  } catch (e) {
    console.error(e);
    await sendText(phone, "Sorry, something went wrong on our side. Please try again in a minute.");
  }
});

// Chatwoot webhook: when staff resolve the conversation, give it back to the bot
app.post("/chatwoot", async (req, res) => {
  if (req.body?.event === "conversation_status_changed" && req.body?.status === "resolved") {
    const phone = String(req.body?.meta?.sender?.phone_number ?? "").replace("+", "");
    if (phone) await redis.del(`human:${phone}`);
  }
  res.sendStatus(200);
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("pedalworks bot up"));
