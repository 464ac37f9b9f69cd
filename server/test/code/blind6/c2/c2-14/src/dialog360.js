const BASE = 'https://waba-v2.360dialog.io';

export async function kirimTeks(to, body) {
  const res = await fetch(`${BASE}/messages`, {
    method: 'POST',
    headers: { 'D360-API-KEY': process.env.D360_API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  });
  if (!res.ok) console.error('360dialog error', res.status, await res.text());
}
