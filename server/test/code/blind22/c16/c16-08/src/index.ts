import 'dotenv/config';
import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import type { Boom } from '@hapi/boom';
import pino from 'pino';
import qrcode from 'qrcode-terminal';
import { cevapla } from './llm.js';

async function baslat(): Promise<void> {
  const { state, saveCreds } = await useMultiFileAuthState('auth_fitzone');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'warn' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === 'close') {
      const kod = (lastDisconnect?.error as Boom | undefined)?.output?.statusCode;
      if (kod !== DisconnectReason.loggedOut) void baslat();
    } else if (connection === 'open') {
      console.log('✅ WhatsApp bağlandı');
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (m.key.fromMe || !m.key.remoteJid || m.key.remoteJid.endsWith('@g.us')) continue;
      const metin = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
      if (!metin) continue;
      try {
        await sock.sendPresenceUpdate('composing', m.key.remoteJid);
        const cevap = await cevapla(m.key.remoteJid, metin);
        await sock.sendMessage(m.key.remoteJid, { text: cevap }, { quoted: m });
      } catch (err) {
        console.error('cevap hatası', err);
      }
    }
  });
}

void baslat();
