import ollama from 'ollama';

const SYSTEM_PROMPT =
  process.env.SYSTEM_PROMPT ||
  "Sen Lezzet Durağı Kebap Salonu'nun sipariş asistanısın. Yalnızca menü, fiyat ve sipariş sorularına yanıt ver; başka konulara girme.";

const gecmis = new Map();

export async function yanitla(kimden, mesaj) {
  const liste = gecmis.get(kimden) ?? [];
  liste.push({ role: 'user', content: mesaj });

  const cevap = await ollama.chat({
    model: process.env.OLLAMA_MODEL || 'qwen2.5:7b',
    messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...liste.slice(-10)],
    options: { temperature: 0.3 },
  });

  liste.push(cevap.message);
  gecmis.set(kimden, liste);
  return cevap.message.content;
}
