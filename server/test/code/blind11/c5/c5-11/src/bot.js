import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys';
import pino from 'pino';
import { destek, supervizor } from './llm.js';

const gecmis = new Map();
const seviye = new Map(); // jid -> 'bot' | 'kidemli'

const { state, saveCreds } = await useMultiFileAuthState('./oturum');
const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });
sock.ev.on('creds.update', saveCreds);

sock.ev.on('messages.upsert', async ({ messages }) => {
  const m = messages[0];
  if (!m?.message || m.key.fromMe) return;
  const jid = m.key.remoteJid;
  const metin = m.message.conversation || m.message.extendedTextMessage?.text;
  if (!metin) return;

  const h = gecmis.get(jid) ?? [];
  h.push({ role: 'user', content: metin });

  let cevap;
  if (seviye.get(jid) === 'kidemli') {
    cevap = await supervizor(h.slice(-16));
  } else {
    cevap = await destek(h.slice(-16));
    if (cevap.includes('[YONLENDIR]')) {
      seviye.set(jid, 'kidemli');
      await sock.sendMessage(jid, { text: 'Sizi kıdemli müşteri temsilcimize aktarıyorum, lütfen bekleyin... 🙏' });
      cevap = await supervizor(h.slice(-16));
    }
  }
  h.push({ role: 'assistant', content: cevap });
  gecmis.set(jid, h);
  await sock.sendMessage(jid, { text: cevap });
});
