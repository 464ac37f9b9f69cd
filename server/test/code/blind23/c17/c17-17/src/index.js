import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys';
import { GoogleGenAI } from '@google/genai';
import pino from 'pino';
import { HELP, SUPPORT, SYSTEM } from './texts.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const chats = new Map();

async function run() {
  const { state, saveCreds } = await useMultiFileAuthState('./auth');
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', (u) => { if (u.connection === 'close') run(); });

  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.fromMe) return;
    const jid = m.key.remoteJid;
    const text = m.message.conversation || m.message.extendedTextMessage?.text;
    if (!text) return;

    if (text === '/start' || text === '/help') return sock.sendMessage(jid, { text: HELP });
    if (text === '/support') return sock.sendMessage(jid, { text: SUPPORT });
    if (text === '/new') { chats.delete(jid); return sock.sendMessage(jid, { text: 'Начинаем заново 🧹' }); }

    let chat = chats.get(jid);
    if (!chat) {
      chat = ai.chats.create({ model: 'gemini-2.0-flash', config: { systemInstruction: SYSTEM } });
      chats.set(jid, chat);
    }
    const res = await chat.sendMessage({ message: text });
    await sock.sendMessage(jid, { text: res.text });
  });
}

run();
