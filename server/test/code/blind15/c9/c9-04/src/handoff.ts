import twilio from 'twilio';
import type { Tenant } from './prompt';

const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
export const humanMode = new Set<string>(); // `${tenant}|${patient}`

export async function transferToHuman(t: Tenant, patient: string, reason: string) {
  humanMode.add(`${t.twilioNumber}|${patient}`);
  await tw.messages.create({
    from: t.twilioNumber,
    to: t.reception.whatsapp,
    body: `Paciente ${patient.replace('whatsapp:', '')} necesita atención de recepción.\nMotivo: ${reason}\nEscribe "#bot ${patient.replace('whatsapp:', '')}" cuando termines para reactivar el asistente.`,
  });
  await tw.messages.create({
    from: t.twilioNumber,
    to: patient,
    body: `Te paso con ${t.reception.name}, en breve te escribe por aquí 😊`,
  });
}
