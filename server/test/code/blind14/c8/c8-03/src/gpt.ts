import OpenAI from "openai";

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const riwayat: Record<string, { role: "user" | "assistant"; content: string }[]> = {};

export function reset(chatId: string) {
  delete riwayat[chatId];
}

export async function tanya(chatId: string, pertanyaan: string): Promise<string> {
  const h = (riwayat[chatId] ||= []);
  h.push({ role: "user", content: pertanyaan });
  const res = await client.chat.completions.create({
    model: process.env.MODEL || "gpt-4o-mini",
    messages: h.slice(-8),
    max_tokens: 800,
  });
  const jawab = res.choices[0].message.content ?? "";
  h.push({ role: "assistant", content: jawab });
  return jawab;
}
