import OpenAI from "openai";

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const DEFAULT_PROMPT =
  "Você é um assistente prestativo e simpático. Responda sempre em português do Brasil, " +
  "de forma objetiva, com no máximo 3 parágrafos curtos. Use emojis com moderação.";

export const SYSTEM_PROMPT = process.env.SYSTEM_PROMPT?.trim() || DEFAULT_PROMPT;

type Turn = { role: "user" | "assistant"; content: string };
const history = new Map<string, Turn[]>();
const MAX = Number(process.env.HISTORY_SIZE ?? 12);

export async function reply(jid: string, text: string): Promise<string> {
  const turns = history.get(jid) ?? [];
  turns.push({ role: "user", content: text });

  const res = await client.chat.completions.create({
    model: process.env.OPENAI_MODEL ?? "gpt-4o-mini",
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...turns.slice(-MAX)],
    temperature: 0.7,
  });

  const answer = res.choices[0]?.message?.content?.trim() || "Desculpe, não consegui responder agora.";
  turns.push({ role: "assistant", content: answer });
  history.set(jid, turns.slice(-MAX));
  return answer;
}

export function reset(jid: string) {
  history.delete(jid);
}
