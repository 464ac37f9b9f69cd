import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { complete } from "./openai.js";

const app = new Hono();
const { META_TOKEN, META_PHONE_NUMBER_ID, META_VERIFY_TOKEN } = process.env;

app.get("/wa", (c) => {
  const q = c.req.query();
  return q["hub.verify_token"] === META_VERIFY_TOKEN ? c.text(q["hub.challenge"] ?? "") : c.text("forbidden", 403);
});

app.post("/wa", async (c) => {
  const body = await c.req.json();
  const msg = body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (msg?.type === "text") {
    const answer = await complete(msg.from, msg.text.body);
    await fetch(`https://graph.facebook.com/v21.0/${META_PHONE_NUMBER_ID}/messages`, {
      method: "POST",
      headers: { Authorization: `Bearer ${META_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        messaging_product: "whatsapp",
        to: msg.from,
        type: "text",
        text: { body: answer },
        context: { message_id: msg.id },
      }),
    });
  }
  return c.json({ ok: true });
});

serve({ fetch: app.fetch, port: 3000 });
