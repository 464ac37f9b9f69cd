import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import { Boom } from '@hapi/boom';
import pino from 'pino';
import { askAI } from './ai.js';

async function connect() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_info');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect }) => {
    if (connection === 'close') {
      const code = (lastDisconnect?.error as Boom)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) connect();
    } else if (connection === 'open') {
      console.log('connected to WhatsApp');
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (!m.message || m.key.fromMe) continue;
      const jid = m.key.remoteJid!;
      if (jid.endsWith('@g.us')) continue;
      const text = m.message.conversation ?? m.message.extendedTextMessage?.text;
      if (!text) continue;

      await sock.sendPresenceUpdate('composing', jid);
      const reply = await askAI(jid, text);
      await sock.sendMessage(jid, { text: reply }, { quoted: m });
    }
  });
}

connect();
