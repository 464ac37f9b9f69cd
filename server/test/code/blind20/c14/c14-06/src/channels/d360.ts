import { config } from '../config.js'

export async function envoyerTexte(to: string, body: string) {
  const r = await fetch(`${config.d360.baseUrl}/messages`, {
    method: 'POST',
    headers: { 'D360-API-KEY': config.d360.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } }),
  })
  if (!r.ok) throw new Error(`360dialog ${r.status} ${await r.text()}`)
}
