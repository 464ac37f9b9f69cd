require('dotenv').config();
const {
  default: makeWASocket,
  useMultiFileAuthState,
  DisconnectReason,
  fetchLatestBaileysVersion,
} = require('@whiskeysockets/baileys');
const pino = require('pino');
const { cevapla } = require('./lib/gemini');

async function baslat() {
  const { state, saveCreds } = await useMultiFileAuthState('./oturum');
  const { version } = await fetchLatestBaileysVersion();
  const sock = makeWASocket({ version, auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', (u) => {
    if (u.connection === 'close' && u.lastDisconnect?.error?.output?.statusCode !== DisconnectReason.loggedOut) {
      baslat();
    }
  });

  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.fromMe || m.key.remoteJid.endsWith('@g.us')) return;
    const metin = m.message.conversation || m.message.extendedTextMessage?.text;
    if (!metin) return;
    try {
      const yanit = await cevapla(m.key.remoteJid, metin);
      await sock.sendMessage(m.key.remoteJid, { text: yanit });
    } catch (e) {
      console.error(e);
      await sock.sendMessage(m.key.remoteJid, {
        text: 'Şu an cevap veremiyorum, lütfen 0532 418 27 63 numarasından bize ulaşın.',
      });
    }
  });
}

baslat();
