const { ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN } = process.env;
const auth = Buffer.from(`${ZENDESK_EMAIL}/token:${ZENDESK_API_TOKEN}`).toString('base64');

export async function buatTiket({ nama, telepon, ringkasan, prioritas = 'normal' }) {
  const res = await fetch(`https://${ZENDESK_SUBDOMAIN}.zendesk.com/api/v2/tickets.json`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ticket: {
        subject: `WhatsApp: ${nama || telepon} minta bantuan staf`,
        comment: { body: `${ringkasan}\n\nNomor WhatsApp tamu: +${telepon}` },
        priority: prioritas,
        tags: ['whatsapp', 'handoff'],
      },
    }),
  });
  const data = await res.json();
  return data.ticket?.id;
}
