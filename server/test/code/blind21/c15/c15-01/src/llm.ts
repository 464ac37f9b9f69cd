import OpenAI from "openai";
import { config } from "./config.js";
import { getHistory, push } from "./memory.js";

const openai = new OpenAI({ apiKey: config.openaiKey });

export async function reply(jid: string, text: string): Promise<string> {
  push(jid, { role: "user", content: text });
  const completion = await openai.chat.completions.create({
    model: config.model,
    temperature: 0.7,
    messages: [{ role: "system", content: config.systemPrompt }, ...getHistory(jid)],
  });
  const answer = completion.choices[0]?.message?.content?.trim() || "Desculpa, não consegui responder agora 😕";
  push(jid, { role: "assistant", content: answer });
  return answer;
}
