import makeWASocket, { useMultiFileAuthState, DisconnectReason, fetchLatestBaileysVersion } from '@whiskeysockets/baileys';
import pino from 'pino';
import { perguntarClara } from './claude.js';

async function iniciar() {
  const { state, saveCreds } = await useMultiFileAuthState('./sessao');
  const { version } = await fetchLatestBaileysVersion();
  const sock = makeWASocket({ version, auth: state, printQRInTerminal: true, logger: pino({ level: 'warn' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', (u) => {
    if (u.connection === 'close' && (u.lastDisconnect?.error as any)?.output?.statusCode !== DisconnectReason.loggedOut) {
      iniciar();
    }
  });

  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.fromMe || m.key.remoteJid?.endsWith('@g.us')) return;
    const texto = m.message.conversation || m.message.extendedTextMessage?.text;
    if (!texto) return;

    const resposta = await perguntarClara(m.key.remoteJid!, texto, m.pushName ?? undefined);
    await sock.sendMessage(m.key.remoteJid!, { text: resposta });
  });
}

iniciar();
