import zendesk from 'node-zendesk';
import { sendText } from '../waha.js';

const zd = zendesk.createClient({
  username: process.env.ZENDESK_USER!,
  token: process.env.ZENDESK_TOKEN!,
  subdomain: 'radhaus-kessler',
});

export const pausedChats = new Set<string>();

export async function escalate(chatId: string, text: string) {
  pausedChats.add(chatId);
  await zd.tickets.create({
    ticket: {
      subject: `WhatsApp: ${chatId.replace('@c.us', '')}`,
      comment: { body: `Kunde möchte einen Mitarbeiter.\n\nLetzte Nachricht: ${text}` },
      tags: ['whatsapp', 'bot_handoff'],
      priority: 'normal',
    },
  });
  await sendText(chatId, 'Alles klar, ich gebe dich an unser Team weiter. Jemand aus dem Laden meldet sich hier im Chat (Mo–Sa während der Öffnungszeiten).');
}
