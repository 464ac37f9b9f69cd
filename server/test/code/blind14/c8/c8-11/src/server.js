import express from "express";
import Anthropic from "@anthropic-ai/sdk";
import NodeCache from "node-cache";
import { SYSTEM, PRICE_LIST } from "./prompt.js";

const app = express();
app.use(express.json());
const anthropic = new Anthropic();
const sessions = new NodeCache({ stdTTL: 3600 });

const GRAPH = `https://graph.facebook.com/v20.0/${process.env.PHONE_NUMBER_ID}/messages`;

async function send(to, body) {
  await fetch(GRAPH, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WHATSAPP_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to, type: "text", text: { body } }),
  });
}

app.get("/webhook", (req, res) => {
  const ok = req.query["hub.verify_token"] === process.env.VERIFY_TOKEN;
  ok ? res.status(200).send(req.query["hub.challenge"]) : res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const value = req.body.entry?.[0]?.changes?.[0]?.value;
  const m = value?.messages?.[0];
  if (!m || m.type !== "text") return;

  const history = sessions.get(m.from) ?? [];
  history.push({ role: "user", content: m.text.body });

  const out = await anthropic.messages.create({
    model: "claude-3-5-haiku-20241022",
    max_tokens: 500,
    system: [
      { type: "text", text: SYSTEM },
      { type: "text", text: PRICE_LIST, cache_control: { type: "ephemeral" } },
    ],
    messages: history.slice(-10),
  });
  const reply = out.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  history.push({ role: "assistant", content: reply });
  sessions.set(m.from, history);
  await send(m.from, reply);
});

app.listen(process.env.PORT ?? 5000);
