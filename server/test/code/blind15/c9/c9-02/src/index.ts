import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import pino from 'pino';
import qrcode from 'qrcode-terminal';
import { jawab } from './llm.js';

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_info');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'warn' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === 'close') {
      const code = (lastDisconnect?.error as any)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (m.key.fromMe || m.key.remoteJid?.endsWith('@g.us')) continue;
      const teks = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
      if (!teks) continue;
      try {
        await sock.sendPresenceUpdate('composing', m.key.remoteJid!);
        const balasan = await jawab(m.key.remoteJid!, teks);
        await sock.sendMessage(m.key.remoteJid!, { text: balasan }, { quoted: m });
      } catch (e) {
        console.error(e);
        await sock.sendMessage(m.key.remoteJid!, { text: 'Maaf kak, Mimin lagi error bentar 🙏 coba lagi ya' });
      }
    }
  });
}

start();
