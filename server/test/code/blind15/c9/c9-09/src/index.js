import makeWASocket, { useMultiFileAuthState, DisconnectReason } from '@whiskeysockets/baileys';
import pino from 'pino';
import { reply, cfg } from './llm.js';

const paused = new Map(); // jid -> until (ms)
const PAUSE_MS = 6 * 60 * 60 * 1000;

async function boot() {
  const { state, saveCreds } = await useMultiFileAuthState('./session');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', (u) => {
    if (u.connection === 'close' && u.lastDisconnect?.error?.output?.statusCode !== DisconnectReason.loggedOut) boot();
  });

  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.remoteJid === 'status@broadcast') return;
    const jid = m.key.remoteJid;
    const text = m.message.conversation || m.message.extendedTextMessage?.text || '';

    // owner types "bot on" in a customer chat to give it back to the bot
    if (m.key.fromMe) {
      if (text.trim().toLowerCase() === 'bot on') paused.delete(jid);
      return;
    }
    if ((paused.get(jid) ?? 0) > Date.now()) return;

    const lower = text.toLowerCase();
    if (cfg.handoffWords.some((w) => lower.includes(w))) {
      paused.set(jid, Date.now() + PAUSE_MS);
      await sock.sendMessage(cfg.ownerJid, {
        text: `⚠️ Customer +${jid.split('@')[0]} ko manager chahiye.\nMessage: "${text}"\nSeedha unki chat mein reply karein, bot 6 ghante ke liye band hai.`,
      });
      await sock.sendMessage(jid, { text: 'Ji zaroor 🙏 Hamare manager aapko isi chat pe thodi der mein reply karenge.' });
      return;
    }

    const answer = await reply(jid, text);
    await sock.sendMessage(jid, { text: answer });
  });
}

boot();
