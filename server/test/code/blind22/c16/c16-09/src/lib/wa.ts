const GRAPH = 'https://graph.facebook.com/v20.0';

export async function sendText(to: string, body: string): Promise<void> {
  const res = await fetch(`${GRAPH}/${process.env.WA_PHONE_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body, preview_url: true } }),
  });
  if (!res.ok) console.error('WA send failed', res.status, await res.text());
}
