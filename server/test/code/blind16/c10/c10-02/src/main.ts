import makeWASocket, { useMultiFileAuthState, DisconnectReason } from '@whiskeysockets/baileys';
import Anthropic from '@anthropic-ai/sdk';
import pino from 'pino';
import { buildSystemPrompt } from './prompt/index.js';
import { findOrCreateConversation, assignToHumanTeam } from './integrations/chatwoot.js';

const anthropic = new Anthropic();
const humanMode = new Set<string>();
const memoria = new Map<string, { role: 'user' | 'assistant'; content: string }[]>();

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_info');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'warn' }), printQRInTerminal: true });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ connection, lastDisconnect }) => {
    const code = (lastDisconnect?.error as any)?.output?.statusCode;
    if (connection === 'close' && code !== DisconnectReason.loggedOut) start();
  });

  sock.ev.on('messages.upsert', async ({ messages }) => {
    const m = messages[0];
    if (!m.message || m.key.fromMe) return;
    const jid = m.key.remoteJid!;
    const texto = m.message.conversation || m.message.extendedTextMessage?.text || '';
    if (!texto || humanMode.has(jid)) return;

    const hist = memoria.get(jid) ?? [];
    hist.push({ role: 'user', content: texto });
    const resp = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 400,
      system: buildSystemPrompt(),
      messages: hist.slice(-12),
    });
    const out = resp.content.map((c) => (c.type === 'text' ? c.text : '')).join('').trim();

    if (out.includes('[[ATENDENTE]]') || /\batendente\b|\bhumano\b/i.test(texto)) {
      humanMode.add(jid);
      const phone = jid.split('@')[0];
      const convId = await findOrCreateConversation(phone);
      await assignToHumanTeam(convId, `Transferido pela Lia. Última msg: "${texto}"`);
      await sock.sendMessage(jid, { text: 'Certo! Passei sua conversa para nossa equipe, alguém te responde por aqui em horário comercial 🙂' });
      return;
    }
    hist.push({ role: 'assistant', content: out });
    memoria.set(jid, hist);
    await sock.sendMessage(jid, { text: out });
  });
}

start();
