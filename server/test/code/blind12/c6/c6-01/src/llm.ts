import OpenAI from 'openai';
import { SYSTEM_PROMPT } from './prompts.js';

const openai = new OpenAI();
const historico = new Map<string, OpenAI.Chat.ChatCompletionMessageParam[]>();

export async function responder(jid: string, texto: string, catalogo: string): Promise<string> {
  const h = historico.get(jid) ?? [];
  h.push({ role: 'user', content: texto });
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.3,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'system', content: `CATALOGO:\n${catalogo}` },
      ...h.slice(-12),
    ],
  });
  const out = r.choices[0]?.message?.content?.trim() ?? 'Desculpe, não entendi. Pode repetir?';
  h.push({ role: 'assistant', content: out });
  historico.set(jid, h);
  return out;
}
