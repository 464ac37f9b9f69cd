import { Mistral } from '@mistralai/mistralai';

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' });
const GENERICO = 'Eres un asistente útil y amable. Responde de forma breve.';

export async function respuestaLibre(texto: string): Promise<string> {
  const out = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [
      { role: 'system', content: GENERICO },
      { role: 'user', content: texto },
    ],
  });
  return String(out.choices?.[0]?.message?.content ?? '');
}
