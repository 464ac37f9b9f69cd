import Groq from 'groq-sdk';
import { readFile } from 'node:fs/promises';

const cfg = JSON.parse(await readFile(new URL('../config.json', import.meta.url), 'utf8'));
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const chats = new Map();

export async function reply(jid, text) {
  const h = chats.get(jid) ?? [];
  h.push({ role: 'user', content: text });
  const out = await groq.chat.completions.create({
    model: cfg.model,
    temperature: 0.4,
    messages: [{ role: 'system', content: cfg.systemPrompt }, ...h.slice(-14)],
  });
  const msg = out.choices[0].message.content;
  h.push({ role: 'assistant', content: msg });
  chats.set(jid, h);
  return msg;
}

export { cfg };
