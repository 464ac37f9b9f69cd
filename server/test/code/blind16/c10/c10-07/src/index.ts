import Groq from 'groq-sdk';
import twilio from 'twilio';
import { PERSONA } from './persona';

const groq = new Groq({ apiKey: Bun.env.GROQ_API_KEY });
const tw = twilio(Bun.env.TWILIO_ACCOUNT_SID, Bun.env.TWILIO_AUTH_TOKEN);
const FROM = Bun.env.TWILIO_WHATSAPP_FROM ?? 'whatsapp:+14155238886';
const memory = new Map<string, { role: 'user' | 'assistant'; content: string }[]>();

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url);
    if (req.method !== 'POST' || url.pathname !== '/twilio/inbound') return new Response('not found', { status: 404 });
    const form = await req.formData();
    const from = String(form.get('From'));
    const body = String(form.get('Body') ?? '').trim();

    const hist = memory.get(from) ?? [];
    hist.push({ role: 'user', content: body });
    const completion = await groq.chat.completions.create({
      model: 'llama-3.1-8b-instant',
      messages: [{ role: 'system', content: PERSONA }, ...hist.slice(-10)],
    });
    const text = completion.choices[0]?.message?.content ?? 'Maaf karo, abhi jawab nahi de pa raha.';
    hist.push({ role: 'assistant', content: text });
    memory.set(from, hist);

    await tw.messages.create({ from: FROM, to: from, body: text.slice(0, 1500) });
    return new Response('<Response/>', { headers: { 'Content-Type': 'text/xml' } });
  },
});
console.log('Saathi up');
