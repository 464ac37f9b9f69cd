import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { webhook } from "./routes/webhook.js";

const app = new Hono();
app.route("/webhook", webhook);
app.get("/health", (c) => c.json({ ok: true }));

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
console.log("Gadget Mandiri WA bot jalan");
