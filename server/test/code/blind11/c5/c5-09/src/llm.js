import Groq from 'groq-sdk';
import { readFileSync } from 'node:fs';

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const SYSTEM = readFileSync(new URL('../prompts/system.txt', import.meta.url), 'utf8');

export async function chat(history) {
  const c = await groq.chat.completions.create({
    model: 'llama-3.3-70b-versatile',
    temperature: 0.3,
    messages: [{ role: 'system', content: SYSTEM }, ...history],
  });
  return c.choices[0].message.content;
}
