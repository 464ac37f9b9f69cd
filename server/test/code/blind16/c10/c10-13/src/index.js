import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys';
import { ChatOpenAI } from '@langchain/openai';
import { SystemMessage, HumanMessage } from '@langchain/core/messages';
import { readFileSync } from 'node:fs';
import { contratLookup, dossierStatus, makeTransfer } from './tools.js';

const SYSTEM = readFileSync(new URL('../prompts/system.md', import.meta.url), 'utf8');
const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0.2 });
const humains = new Set();

const { state, saveCreds } = await useMultiFileAuthState('.auth');
const sock = makeWASocket({ auth: state, printQRInTerminal: true });
sock.ev.on('creds.update', saveCreds);

sock.ev.on('messages.upsert', async ({ messages }) => {
  for (const m of messages) {
    if (m.key.fromMe) continue;
    const jid = m.key.remoteJid;
    const text = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
    if (!text || humains.has(jid)) continue;

    const transfer = makeTransfer(jid.split('@')[0], () => humains.add(jid));
    const tools = [contratLookup, dossierStatus, transfer];
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    const model = llm.bindTools(tools);
    const msgs = [new SystemMessage(SYSTEM), new HumanMessage(text)];
    let ai = await model.invoke(msgs);
    while (ai.tool_calls?.length) {
      msgs.push(ai);
      for (const call of ai.tool_calls) msgs.push(await byName[call.name].invoke(call));
      ai = await model.invoke(msgs);
    }
    await sock.sendMessage(jid, { text: String(ai.content) });
  }
});
