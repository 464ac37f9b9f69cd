import { request } from 'undici';

const BASE = process.env.EVOLUTION_URL!;
const INSTANCE = process.env.EVOLUTION_INSTANCE ?? 'yolda';
const KEY = process.env.EVOLUTION_APIKEY!;

export async function sendText(number: string, text: string) {
  await request(`${BASE}/message/sendText/${INSTANCE}`, {
    method: 'POST',
    headers: { apikey: KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ number, text }),
  });
}

// temsilci ekibinin ortak WhatsApp numarasına bildirim
export async function notifyAgents(customer: string, lastText: string) {
  await sendText(process.env.AGENT_DESK_NUMBER ?? '905322144870', `🔔 Müşteri temsilci istiyor: +${customer}\nSon mesaj: ${lastText}`);
}
