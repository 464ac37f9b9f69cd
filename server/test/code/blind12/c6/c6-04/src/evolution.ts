import { request } from 'undici';

const BASE = process.env.EVOLUTION_URL ?? 'http://localhost:8080';
const INSTANCE = process.env.EVOLUTION_INSTANCE ?? 'sonrisa';
const KEY = process.env.EVOLUTION_APIKEY ?? '';

export async function enviarTexto(numero: string, texto: string) {
  await request(`${BASE}/message/sendText/${INSTANCE}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', apikey: KEY },
    body: JSON.stringify({ number: numero, text: texto }),
  });
}

// TODO: conectar con la recepción (Chatwoot) cuando esté listo el inbox
export async function derivarARecepcion(numero: string, motivo: string) {
  console.log(`[derivación pendiente] ${numero}: ${motivo}`);
}
