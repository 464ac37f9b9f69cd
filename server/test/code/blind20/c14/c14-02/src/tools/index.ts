import { tool } from 'ai'
import { z } from 'zod'
import { createHandoverTicket } from './zendesk.js'
import { session } from '../session.js'

export function buildTools(waId: string, name?: string) {
  return {
    zaehlerstandMelden: tool({
      description: 'Meldet einen Zählerstand an das Abrechnungssystem.',
      inputSchema: z.object({
        zaehlernummer: z.string(),
        stand: z.number(),
        datum: z.string().describe('ISO-Datum der Ablesung'),
      }),
      execute: async (z) => {
        // TODO: echte SAP-IS-U Schnittstelle, bis dahin Queue
        await fetch(`${process.env.METER_QUEUE_URL ?? 'http://localhost:8081'}/readings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...z, quelle: 'whatsapp', waId }),
        })
        return { ok: true }
      },
    }),
    kundenkontoAbfragen: tool({
      description: 'Liest Abschlag und letzten Rechnungsbetrag zur Vertragskontonummer.',
      inputSchema: z.object({ vertragskonto: z.string().regex(/^\d{10}$/) }),
      execute: async ({ vertragskonto }) => {
        const r = await fetch(`${process.env.CRM_URL}/konten/${vertragskonto}?wa=${waId}`)
        return r.ok ? r.json() : { fehler: 'nicht gefunden' }
      },
    }),
    anServiceteamUebergeben: tool({
      description: 'Übergibt den Chat an das menschliche Service-Team (Zendesk).',
      inputSchema: z.object({ zusammenfassung: z.string() }),
      execute: async ({ zusammenfassung }) => {
        const ticketId = await createHandoverTicket({
          waId,
          name,
          zusammenfassung,
          transcript: session.transcript(waId),
        })
        session.setMode(waId, 'human', ticketId)
        return { ticketId }
      },
    }),
  }
}
