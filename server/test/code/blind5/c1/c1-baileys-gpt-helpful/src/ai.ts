import OpenAI from 'openai';
import { config } from './config.js';

const openai = new OpenAI();
type Msg = { role: 'user' | 'assistant'; content: string };
const memory = new Map<string, Msg[]>();

export async function askAI(jid: string, text: string): Promise<string> {
  const past = memory.get(jid) ?? [];
  past.push({ role: 'user', content: text });

  const res = await openai.chat.completions.create({
    model: config.model,
    messages: [{ role: 'system', content: config.systemPrompt }, ...past.slice(-config.historyLimit)],
    temperature: 0.7,
  });

  const reply = res.choices[0]?.message?.content ?? '...';
  past.push({ role: 'assistant', content: reply });
  memory.set(jid, past);
  return reply;
}
