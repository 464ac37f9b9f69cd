import Anthropic from "@anthropic-ai/sdk";
import { MAGAZA_ASISTANI, SINIFLANDIRICI } from "./prompts.js";

const anthropic = new Anthropic();
const MODEL = "claude-3-5-haiku-latest";

function textOf(msg: Anthropic.Message): string {
  return msg.content.flatMap((b) => (b.type === "text" ? [b.text] : [])).join("");
}

export async function kategori(mesaj: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 10,
    system: SINIFLANDIRICI,
    messages: [{ role: "user", content: mesaj }],
  });
  return textOf(msg).trim().toLowerCase();
}

export async function magazaCevabi(mesaj: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 500,
    system: MAGAZA_ASISTANI,
    messages: [{ role: "user", content: mesaj }],
  });
  return textOf(msg);
}

export async function genelCevap(mesaj: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 500,
    messages: [{ role: "user", content: mesaj }],
  });
  return textOf(msg);
}
