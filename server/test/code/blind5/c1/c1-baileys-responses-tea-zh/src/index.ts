import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys';
import OpenAI from 'openai';
import pino from 'pino';
import { loadConfig } from './config.js';

const cfg = await loadConfig();
const openai = new OpenAI();
const lastResponseId = new Map<string, string>();
const humanMode = new Set<string>();

async function reply(jid: string, text: string): Promise<string> {
  const res = await openai.responses.create({
    model: cfg.model,
    instructions: cfg.instructions,
    input: text,
    previous_response_id: lastResponseId.get(jid),
    store: true,
  });
  lastResponseId.set(jid, res.id);
  return res.output_text;
}

const { state, saveCreds } = await useMultiFileAuthState('baileys_auth');
const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'error' }) });
sock.ev.on('creds.update', saveCreds);

sock.ev.on('messages.upsert', async ({ messages, type }) => {
  if (type !== 'notify') return;
  for (const m of messages) {
    const jid = m.key.remoteJid;
    if (!jid || m.key.fromMe || jid.endsWith('@g.us')) continue;
    const text = (m.message?.conversation ?? m.message?.extendedTextMessage?.text ?? '').trim();
    if (!text) continue;

    if (humanMode.has(jid)) {
      if (text === '#结束人工') humanMode.delete(jid);
      continue;
    }

    if (cfg.handoffKeywords.some((k) => text.includes(k))) {
      humanMode.add(jid);
      await sock.sendMessage(process.env.STAFF_JID!, { text: `【转人工】顾客 ${m.pushName ?? ''} (${jid.split('@')[0]}) 需要人工客服：${text}` });
      await sock.sendMessage(jid, { text: '好的，已为您转接人工客服，店员会尽快在这里回复您～' });
      continue;
    }

    await sock.sendMessage(jid, { text: await reply(jid, text) });
  }
});
