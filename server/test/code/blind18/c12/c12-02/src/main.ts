import "dotenv/config";
import Anthropic from "@anthropic-ai/sdk";
import { Client, LocalAuth } from "whatsapp-web.js";
import qrcode from "qrcode-terminal";
import { SYSTEM_PROMPT } from "./prompts/system";
import { tools, runTool, pausedChats } from "./tools";

const anthropic = new Anthropic();
const client = new Client({ authStrategy: new LocalAuth({ clientId: "sanjorge" }) });
const convos = new Map<string, Anthropic.MessageParam[]>();

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("WhatsApp listo"));

client.on("message", async (msg) => {
  if (msg.from.endsWith("@g.us") || pausedChats.has(msg.from)) return;
  const messages = convos.get(msg.from) ?? [];
  messages.push({ role: "user", content: msg.body });

  for (let i = 0; i < 5; i++) {
    const res = await anthropic.messages.create({
      model: process.env.CLAUDE_MODEL ?? "claude-3-5-haiku-latest",
      max_tokens: 600,
      system: SYSTEM_PROMPT,
      tools,
      messages,
    });
    messages.push({ role: "assistant", content: res.content });

    if (res.stop_reason !== "tool_use") {
      const text = res.content.filter((b) => b.type === "text").map((b: any) => b.text).join("\n");
      if (text) await msg.reply(text);
      break;
    }
    const results = [];
    for (const block of res.content) {
      if (block.type !== "tool_use") continue;
      const out = await runTool(block.name, block.input, msg.from);
      results.push({ type: "tool_result" as const, tool_use_id: block.id, content: out });
    }
    messages.push({ role: "user", content: results });
  }
  convos.set(msg.from, messages.slice(-20));
});

client.initialize();
