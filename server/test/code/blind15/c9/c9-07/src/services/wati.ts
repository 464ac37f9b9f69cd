const BASE = process.env.WATI_API_ENDPOINT!; // e.g. https://live-mt-server.wati.io/123456
const TOKEN = process.env.WATI_TOKEN!;

export async function sendSessionMessage(waId: string, text: string) {
  const url = `${BASE}/api/v1/sendSessionMessage/${waId}?messageText=${encodeURIComponent(text)}`;
  const r = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!r.ok) console.error('WATI send failed', r.status, await r.text());
}
