import { Hono } from "hono";
import Anthropic from "@anthropic-ai/sdk";
import { config } from "../lib/config.js";
import { buildSystemPrompt } from "../lib/prompt.js";
import { activeTools, runTool } from "../lib/tools.js";
import { sendText } from "../lib/whatsapp.js";

const anthropic = new Anthropic();
const sessions = new Map<string, Anthropic.MessageParam[]>();

export const webhook = new Hono();

webhook.get("/", (c) => {
  const q = c.req.query();
  if (q["hub.mode"] === "subscribe" && q["hub.verify_token"] === config.verifyToken) {
    return c.text(q["hub.challenge"] ?? "");
  }
  return c.text("forbidden", 403);
});

webhook.post("/", async (c) => {
  const body = await c.req.json();
  const msg = body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== "text") return c.text("ok");

  const waId: string = msg.from;
  const history = sessions.get(waId) ?? [];
  history.push({ role: "user", content: msg.text.body });

  let reply = "";
  for (let i = 0; i < 4; i++) {
    const res = await anthropic.messages.create({
      model: config.model,
      max_tokens: 600,
      system: buildSystemPrompt(),
      tools: activeTools(),
      messages: history,
    });
    history.push({ role: "assistant", content: res.content });
    if (res.stop_reason !== "tool_use") {
      reply = res.content.filter((b) => b.type === "text").map((b: any) => b.text).join("\n");
      break;
    }
    const results = [];
    for (const block of res.content) {
      if (block.type === "tool_use") {
        results.push({ type: "tool_result" as const, tool_use_id: block.id, content: await runTool(block.name, block.input, waId) });
      }
    }
    history.push({ role: "user", content: results });
  }

  sessions.set(waId, history.slice(-20));
  if (reply) await sendText(waId, reply);
  return c.text("ok");
});
