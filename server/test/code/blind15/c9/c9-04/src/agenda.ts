import type { Tenant } from './prompt';

const API = process.env.AGENDA_API ?? 'http://agenda.internal:8080';

export async function freeSlots(t: Tenant, date: string) {
  const r = await fetch(`${API}/clinics/${encodeURIComponent(t.clinic.name)}/slots?date=${date}`);
  return r.json();
}

export async function bookSlot(t: Tenant, slotId: string, patientName: string, phone: string) {
  const r = await fetch(`${API}/slots/${slotId}/book`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patientName, phone }),
  });
  return r.json();
}
