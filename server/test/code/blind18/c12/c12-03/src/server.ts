import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { antworte } from "./bot/agent.js";
import { sendText } from "./whatsapp/cloud.js";

const app = new Hono();

app.get("/webhook", (c) => {
  const q = c.req.query();
  if (q["hub.mode"] === "subscribe" && q["hub.verify_token"] === process.env.WA_VERIFY_TOKEN) {
    return c.text(q["hub.challenge"]);
  }
  return c.text("forbidden", 403);
});

app.post("/webhook", async (c) => {
  const body = await c.req.json();
  const msg = body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (msg?.type === "text") {
    const antwort = await antworte(msg.from, msg.text.body);
    await sendText(msg.from, antwort);
  }
  return c.text("ok");
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
