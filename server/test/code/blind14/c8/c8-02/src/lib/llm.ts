import OpenAI from "openai";
import { SYSTEM_PROMPT } from "../prompt/index.js";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const memoria = new Map<string, OpenAI.Chat.ChatCompletionMessageParam[]>();

export async function responder(jid: string, texto: string): Promise<string> {
  const hist = memoria.get(jid) ?? [];
  hist.push({ role: "user", content: texto });
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.6,
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...hist.slice(-10)],
  });
  const out = r.choices[0]?.message?.content?.trim() ?? "Perdona, no te he entendido 🙈";
  hist.push({ role: "assistant", content: out });
  memoria.set(jid, hist.slice(-20));
  return out;
}
