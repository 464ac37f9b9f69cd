import makeWASocket, { useMultiFileAuthState, DisconnectReason } from '@whiskeysockets/baileys';
import { Ollama } from 'ollama';
import pino from 'pino';
import { SYSTEM } from './lib/prompt.js';
import { tools, eseguiTool } from './lib/tools.js';

const ollama = new Ollama({ host: process.env.OLLAMA_HOST || 'http://127.0.0.1:11434' });
const MODEL = process.env.OLLAMA_MODEL || 'llama3.1:8b';
const storico = new Map();

async function rispondi(jid, testo) {
  const messages = storico.get(jid) || [{ role: 'system', content: SYSTEM }];
  messages.push({ role: 'user', content: testo });

  let res = await ollama.chat({ model: MODEL, messages, tools });
  while (res.message.tool_calls?.length) {
    messages.push(res.message);
    for (const call of res.message.tool_calls) {
      const out = await eseguiTool(call.function.name, call.function.arguments, jid);
      messages.push({ role: 'tool', content: out });
    }
    res = await ollama.chat({ model: MODEL, messages, tools });
  }
  messages.push(res.message);
  storico.set(jid, messages.slice(0, 1).concat(messages.slice(-14)));
  return res.message.content;
}

async function avvia() {
  const { state, saveCreds } = await useMultiFileAuthState('sessione');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', (u) => {
    if (u.connection === 'close' && u.lastDisconnect?.error?.output?.statusCode !== DisconnectReason.loggedOut) avvia();
  });
  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.fromMe) return;
    const jid = m.key.remoteJid;
    if (jid.endsWith('@g.us')) return;
    const testo = m.message.conversation || m.message.extendedTextMessage?.text;
    if (!testo) return;
    const risposta = await rispondi(jid, testo);
    await sock.sendMessage(jid, { text: risposta });
  });
}

avvia();
