import { Agent, tool } from '@openai/agents';
import { z } from 'zod';
import { INSTRUCTIONS } from './instructions.js';
import { escalateToHuman } from '../services/escalation.js';

const WERKSTATT = process.env.WERKSTATT_API ?? 'http://werkstatt.local/api';

const reparaturStatus = tool({
  name: 'reparatur_status',
  description: 'Status eines Werkstattauftrags (W-12345) abrufen',
  parameters: z.object({ auftrag: z.string() }),
  execute: async ({ auftrag }) => (await fetch(`${WERKSTATT}/auftraege/${auftrag}`)).text(),
});

const terminSlots = tool({
  name: 'termin_slots',
  description: 'Freie Werkstatt-Termine der nächsten 14 Tage',
  parameters: z.object({ leistung: z.enum(['inspektion', 'reifen', 'akku']) }),
  execute: async ({ leistung }) => (await fetch(`${WERKSTATT}/slots?leistung=${leistung}`)).text(),
});

export function buildAgent(waId: string) {
  const escalate = tool({
    name: 'escalate_to_human',
    description: 'Gespräch an einen Mitarbeiter übergeben',
    parameters: z.object({ grund: z.string() }),
    execute: async ({ grund }) => {
      await escalateToHuman(waId, grund);
      return 'ok, Mitarbeiter informiert';
    },
  });
  return new Agent({ name: 'Fahrradwerk Service', instructions: INSTRUCTIONS, model: 'gpt-4.1-mini', tools: [reparaturStatus, terminSlots, escalate] });
}
