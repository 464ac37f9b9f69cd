import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import pino from 'pino';
import { reply } from './claude.js';
import { STAFF_JID } from './constants.js';

const humanMode = new Set<string>();

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_fibranet');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'warn' }) });
  sock.ev.on('creds.update', saveCreds);

  sock.ev.on('connection.update', ({ connection, lastDisconnect }) => {
    if (connection === 'close') {
      const code = (lastDisconnect?.error as any)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (m.key.fromMe || !m.message) continue;
      const jid = m.key.remoteJid!;
      if (jid.endsWith('@g.us')) continue;
      const text = m.message.conversation ?? m.message.extendedTextMessage?.text ?? '';
      if (!text) continue;

      // staff can release a chat back to Ada with "/release 4477..."
      if (jid === STAFF_JID && text.startsWith('/release ')) {
        humanMode.delete(text.split(' ')[1] + '@s.whatsapp.net');
        continue;
      }
      if (humanMode.has(jid)) continue;

      if (/^\s*agent\s*$/i.test(text)) {
        humanMode.add(jid);
        await sock.sendMessage(STAFF_JID, { text: `🔔 Customer ${jid.split('@')[0]} asked for an agent. Reply to them directly, send /release ${jid.split('@')[0]} when done.` });
        await sock.sendMessage(jid, { text: "Thanks — I've passed you to our support team. Someone will reply here shortly." });
        continue;
      }

      const answer = await reply(jid, text);
      await sock.sendMessage(jid, { text: answer });
    }
  });
}

start();
