import OpenAI from 'openai';
import { ROUTER, SHOP, ALLGEMEIN } from '../prompts.js';

const openai = new OpenAI();

export async function classify(text: string): Promise<string> {
  const r = await openai.responses.create({ model: 'gpt-4.1-nano', instructions: ROUTER, input: text });
  return r.output_text.trim().toLowerCase();
}

export async function answer(route: string, text: string, kontext: string): Promise<string> {
  if (route === 'bestellung' || route === 'werkstatt') {
    const r = await openai.responses.create({
      model: 'gpt-4.1-mini',
      instructions: SHOP,
      input: `KONTEXT:\n${kontext}\n\nKunde: ${text}`,
    });
    return r.output_text;
  }
  // Fallback, damit der Kunde nie ohne Antwort bleibt
  const r = await openai.responses.create({ model: 'gpt-4.1-mini', instructions: ALLGEMEIN, input: text });
  return r.output_text;
}
