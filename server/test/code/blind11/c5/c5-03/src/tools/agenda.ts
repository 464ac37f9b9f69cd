import { tool } from 'ai';
import { z } from 'zod';

const AGENDA_URL = process.env.AGENDA_URL ?? 'http://agenda.internal:4000';

export const buscarHoras = tool({
  description: 'Busca horas disponibles para un tipo de atención en un rango de fechas',
  parameters: z.object({
    tipo: z.enum(['limpieza', 'control', 'ortodoncia', 'blanqueamiento', 'urgencia']),
    desde: z.string().describe('YYYY-MM-DD'),
    hasta: z.string().describe('YYYY-MM-DD'),
  }),
  execute: async (args) => {
    const r = await fetch(`${AGENDA_URL}/slots?${new URLSearchParams(args)}`);
    return r.json();
  },
});

export const reservarHora = tool({
  description: 'Reserva una hora para el paciente',
  parameters: z.object({ slotId: z.string(), rut: z.string(), nombre: z.string(), telefono: z.string() }),
  execute: async (args) => {
    const r = await fetch(`${AGENDA_URL}/bookings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
    return r.ok ? { ok: true, ...(await r.json()) } : { ok: false };
  },
});
