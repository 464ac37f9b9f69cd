import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys';
import pino from 'pino';
import qrcode from 'qrcode-terminal';
import { readFile } from 'node:fs/promises';
import { responder } from './llm.js';
import { MSG_TRANSFERENCIA } from './prompts.js';
import { PEDE_HUMANO, emAtendimentoHumano, transferirParaHumano, devolverAoBot } from './handoff.js';

const BALCAO = process.env.BALCAO_NUMERO ?? '5519988217430';

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_boasaude');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'warn' }) });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', ({ qr, connection, lastDisconnect }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === 'close' && (lastDisconnect?.error as any)?.output?.statusCode !== DisconnectReason.loggedOut) start();
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      const jid = m.key.remoteJid;
      if (!jid || m.key.fromMe || jid.endsWith('@g.us') || jid === 'status@broadcast') continue;
      const texto = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
      if (!texto) continue;

      // comando do balcão para devolver o cliente ao bot
      if (jid.startsWith(BALCAO) && texto.startsWith('/bot ')) {
        await devolverAoBot(texto.slice(5).trim());
        continue;
      }
      if (await emAtendimentoHumano(jid)) continue;
      if (PEDE_HUMANO.test(texto)) {
        await transferirParaHumano(sock, jid, texto);
        await sock.sendMessage(jid, { text: MSG_TRANSFERENCIA });
        continue;
      }
      const catalogo = await readFile('data/catalogo.csv', 'utf8').catch(() => '');
      await sock.sendMessage(jid, { text: await responder(jid, texto, catalogo) });
    }
  });
}
start();
