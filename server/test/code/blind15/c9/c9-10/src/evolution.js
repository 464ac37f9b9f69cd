const SERVER = process.env.EVOLUTION_URL ?? 'https://evo.alcazar-inmo.es';
const INSTANCE = process.env.EVOLUTION_INSTANCE ?? 'alcazar';

export async function enviarTexto(numero, texto) {
  const r = await fetch(`${SERVER}/message/sendText/${INSTANCE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', apikey: process.env.EVOLUTION_APIKEY },
    body: JSON.stringify({ number: numero, text: texto }),
  });
  if (!r.ok) console.error('evolution', r.status, await r.text());
}
