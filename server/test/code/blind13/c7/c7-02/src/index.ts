import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import { Boom } from '@hapi/boom';
import { generateText, type CoreMessage } from 'ai';
import { openai } from '@ai-sdk/openai';
import pino from 'pino';
import qrcode from 'qrcode-terminal';
import { PERSONA } from './prompt.js';

const memory = new Map<string, CoreMessage[]>();

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_sari');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'warn' }) });

  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === 'close') {
      const code = (lastDisconnect?.error as Boom)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (m.key.fromMe || m.key.remoteJid?.endsWith('@g.us')) continue;
      const text = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
      if (!text) continue;
      const jid = m.key.remoteJid!;
      const hist = memory.get(jid) ?? [];
      hist.push({ role: 'user', content: text });

      await sock.sendPresenceUpdate('composing', jid);
      const { text: answer } = await generateText({
        model: openai('gpt-4o-mini'),
        system: PERSONA,
        messages: hist.slice(-20),
        maxTokens: 300,
      });
      hist.push({ role: 'assistant', content: answer });
      memory.set(jid, hist);
      await sock.sendMessage(jid, { text: answer }, { quoted: m });
    }
  });
}

start();
