const D360 = 'https://waba-v2.360dialog.io/messages';

export async function send(to: string, body: string) {
  await fetch(D360, {
    method: 'POST',
    headers: { 'D360-API-KEY': process.env.D360_API_KEY!, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  });
}
