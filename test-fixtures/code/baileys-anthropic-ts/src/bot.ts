import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import { reply } from './ai/claude.js';

async function start(): Promise<void> {
  const { state, saveCreds } = await useMultiFileAuthState('auth');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect }) => {
    const code = (lastDisconnect?.error as { output?: { statusCode?: number } })?.output?.statusCode;
    if (connection === 'close' && code !== DisconnectReason.loggedOut) void start();
  });
  sock.ev.on('messages.upsert', async ({ messages }) => {
  //   ^^^^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
    const m = messages[0];
    if (!m.message || m.key.fromMe) return;
    const text = m.message.conversation ?? m.message.extendedTextMessage?.text;
    if (!text) return;
    await sock.sendMessage(m.key.remoteJid!, { text: await reply(text) });
  });
}

void start();
