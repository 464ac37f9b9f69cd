import OpenAI from 'openai';
import { SISTEM_MESAJI } from './persona.js';

const openai = new OpenAI();
type Msg = { role: 'user' | 'assistant'; content: string };
const gecmis = new Map<string, Msg[]>();

export async function cevapla(jid: string, metin: string): Promise<string> {
  const h = gecmis.get(jid) ?? [];
  h.push({ role: 'user', content: metin });
  const res = await openai.chat.completions.create({
    model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
    messages: [{ role: 'system', content: SISTEM_MESAJI }, ...h.slice(-14)],
  });
  const cevap = res.choices[0]?.message?.content?.trim() || 'Şu an cevap veremiyorum, birazdan tekrar dener misin?';
  h.push({ role: 'assistant', content: cevap });
  gecmis.set(jid, h.slice(-20));
  return cevap;
}
