import zendesk from 'node-zendesk'

const zd = zendesk.createClient({
  username: process.env.ZENDESK_EMAIL!,
  token: process.env.ZENDESK_TOKEN!,
  subdomain: process.env.ZENDESK_SUBDOMAIN!,
})

export const humanMode = new Set<string>()

/** Opens a ticket in the "WhatsApp" group; agents reply from Zendesk and the side-conversation goes back via Twilio. */
export async function openHandoffTicket(from: string, transcript: string) {
  humanMode.add(from)
  await zd.tickets.create({
    ticket: {
      subject: `WhatsApp handoff ${from}`,
      comment: { body: transcript },
      group_id: 36000412887,
      tags: ['whatsapp', 'bot_handoff'],
      requester: { name: from, email: `${from.replace(/\D/g, '')}@wa.brightline.invalid` },
    },
  })
}
