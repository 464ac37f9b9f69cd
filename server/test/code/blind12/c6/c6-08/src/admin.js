import twilio from 'twilio';
import { ADMIN_WA, BOT_WA } from './config.js';

const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
export const sedangDilayaniAdmin = new Map(); // from -> timestamp

export async function panggilAdmin(from, profileName, pesan) {
  sedangDilayaniAdmin.set(from, Date.now());
  await tw.messages.create({
    from: BOT_WA,
    to: ADMIN_WA,
    body: `Pelanggan minta admin: ${profileName || ''} ${from.replace('whatsapp:', '')}\nPesan: ${pesan}\nBalas "SELESAI ${from.replace('whatsapp:', '')}" kalau sudah.`,
  });
}

export function selesai(nomor) {
  sedangDilayaniAdmin.delete(`whatsapp:${nomor}`);
}
