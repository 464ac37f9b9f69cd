import { readFile } from 'node:fs/promises';
import ollama from 'ollama';

const systemPrompt = await readFile(new URL('../prompts/system.txt', import.meta.url), 'utf8');
const MODEL = process.env.OLLAMA_MODEL ?? 'llama3.1:8b';

const gecmis = new Map();

export async function cevapla(telefon, mesaj) {
  const h = gecmis.get(telefon) ?? [];
  h.push({ role: 'user', content: mesaj });

  const res = await ollama.chat({
    model: MODEL,
    messages: [{ role: 'system', content: systemPrompt }, ...h.slice(-10)],
    options: { temperature: 0.2 },
  });

  h.push({ role: 'assistant', content: res.message.content });
  gecmis.set(telefon, h);
  return res.message.content;
}
