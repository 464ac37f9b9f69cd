const base = `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`
const auth = Buffer.from(`${process.env.ZENDESK_EMAIL}/token:${process.env.ZENDESK_API_TOKEN}`).toString('base64')

export interface HandoverInput {
  waId: string
  name?: string
  zusammenfassung: string
  transcript: string
}

/** Legt ein Ticket in der Gruppe "Kundenservice WhatsApp" an. Die Agent:innen antworten
 *  über die Zendesk-Sidebar-App, die direkt über die Cloud API an die Kundennummer sendet. */
export async function createHandoverTicket(input: HandoverInput): Promise<number> {
  const res = await fetch(`${base}/tickets.json`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ticket: {
        subject: `WhatsApp: ${input.zusammenfassung.slice(0, 70)}`,
        group_id: Number(process.env.ZENDESK_GROUP_ID),
        tags: ['whatsapp', 'bot_uebergabe'],
        requester: { name: input.name ?? `WhatsApp ${input.waId}`, phone: `+${input.waId}` },
        comment: { body: `${input.zusammenfassung}\n\n--- Verlauf ---\n${input.transcript}`, public: false },
        custom_fields: [{ id: 9012345, value: input.waId }],
      },
    }),
  })
  if (!res.ok) throw new Error(`Zendesk ${res.status}: ${await res.text()}`)
  const json = (await res.json()) as { ticket: { id: number } }
  return json.ticket.id
}
