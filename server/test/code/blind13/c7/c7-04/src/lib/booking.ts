import { z } from 'zod';

export const bookingTools = [
  {
    type: 'function' as const,
    name: 'find_slots',
    description: 'Find free appointment slots',
    parameters: {
      type: 'object',
      properties: {
        clinic: { type: 'string', enum: ['northgate', 'kings-cross'] },
        kind: { type: 'string', enum: ['checkup', 'hygienist', 'emergency'] },
        from_date: { type: 'string' },
      },
      required: ['clinic', 'kind', 'from_date'],
      additionalProperties: false,
    },
    strict: true,
  },
  {
    type: 'function' as const,
    name: 'book_slot',
    description: 'Book a slot for the patient',
    parameters: {
      type: 'object',
      properties: { slot_id: { type: 'string' }, patient_name: { type: 'string' } },
      required: ['slot_id', 'patient_name'],
      additionalProperties: false,
    },
    strict: true,
  },
];

const Args = z.record(z.any());

export async function runTool(name: string, raw: string, phone: string) {
  const args = Args.parse(JSON.parse(raw));
  const base = process.env.DENTALLY_PROXY_URL!;
  const r = await fetch(`${base}/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...args, phone }),
  });
  return await r.text();
}

// TODO(priya): wire this once reception has the shared inbox set up
export async function escalateToHuman(phone: string, reason: string) {
  console.warn('escalation requested', phone, reason);
}
