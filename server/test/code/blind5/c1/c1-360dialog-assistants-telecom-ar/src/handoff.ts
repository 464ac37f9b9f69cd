const base = `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`;
const auth = Buffer.from(`${process.env.ZENDESK_EMAIL}/token:${process.env.ZENDESK_API_TOKEN}`).toString('base64');

export async function handoffToAgent(waId: string, summary: string, category: string): Promise<string> {
  const res = await fetch(`${base}/tickets.json`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ticket: {
        subject: `WhatsApp handoff (${category}) +${waId}`,
        comment: { body: summary },
        tags: ['whatsapp', 'bot_handoff', category],
        priority: category === 'complaint' ? 'high' : 'normal',
        custom_fields: [{ id: 360011112222, value: waId }],
      },
    }),
  });
  const json = await res.json();
  return `ticket #${json.ticket?.id} created; a human agent will reply on WhatsApp`;
}
