import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { create, Whatsapp, Message } from "@wppconnect-team/wppconnect";
import { GoogleGenAI } from "@google/genai";

type PromptCfg = {
  system: string;
  model_params: { temperature: number; max_output_tokens: number };
  templates: Record<string, string>;
};

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! });
const ADMIN_GROUP = process.env.ADMIN_GROUP_ID!;
const handedOver = new Set<string>();

function loadCfg(): PromptCfg {
  const file = path.join(__dirname, "..", "config", "prompt.yaml");
  return yaml.load(fs.readFileSync(file, "utf8")) as PromptCfg;
}

function katalog(): string {
  return fs.readFileSync(path.join(__dirname, "..", "config", "katalog.txt"), "utf8");
}

function jamKerja(): boolean {
  const now = new Date(new Date().toLocaleString("en-US", { timeZone: "Asia/Jakarta" }));
  return now.getDay() !== 0 && now.getHours() >= 9 && now.getHours() < 17;
}

async function onMessage(client: Whatsapp, msg: Message) {
  // perintah admin di grup CS
  if (msg.from === ADMIN_GROUP) {
    const m = /^\/selesai\s+(\d+)/.exec(msg.body ?? "");
    if (m) handedOver.delete(`${m[1]}@c.us`);
    const r = /^\/balas\s+(\d+)\s+([\s\S]+)/.exec(msg.body ?? "");
    if (r) await client.sendText(`${r[1]}@c.us`, r[2]);
    return;
  }
  if (msg.isGroupMsg || msg.type !== "chat") return;

  const cfg = loadCfg();
  if (handedOver.has(msg.from)) {
    await client.sendText(ADMIN_GROUP, `💬 ${msg.from.replace("@c.us", "")}: ${msg.body}`);
    return;
  }
  if (msg.body.trim().toUpperCase() === "ADMIN") {
    handedOver.add(msg.from);
    await client.sendText(ADMIN_GROUP, `🔔 Customer ${msg.from.replace("@c.us", "")} minta dibantu admin. Balas: /balas <nomor> <pesan>`);
    await client.sendText(msg.from, jamKerja() ? cfg.templates.admin_ack : cfg.templates.after_hours);
    return;
  }

  const res = await ai.models.generateContent({
    model: process.env.GEMINI_MODEL ?? "gemini-2.0-flash",
    contents: [{ role: "user", parts: [{ text: msg.body }] }],
    config: {
      systemInstruction: `${cfg.system}\n\nKATALOG:\n${katalog()}`,
      temperature: cfg.model_params.temperature,
      maxOutputTokens: cfg.model_params.max_output_tokens,
    },
  });
  await client.sendText(msg.from, res.text ?? "Maaf Kak, coba ulangi ya 🙏");
}

create({ session: "kopisenja", headless: true })
  .then((client) => client.onMessage((m) => onMessage(client, m)))
  .catch(console.error);
