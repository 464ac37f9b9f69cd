require('dotenv').config();
const {
  default: makeWASocket,
  useMultiFileAuthState,
  DisconnectReason,
} = require('@whiskeysockets/baileys');
const pino = require('pino');
const qrcode = require('qrcode-terminal');
const { responder } = require('./ia');
const { prefixo } = require('./config');

async function iniciar() {
  const { state, saveCreds } = await useMultiFileAuthState('sessao');
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'silent' }) });

  sock.ev.on('creds.update', saveCreds);

  sock.ev.on('connection.update', ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === 'close') {
      const codigo = lastDisconnect?.error?.output?.statusCode;
      if (codigo !== DisconnectReason.loggedOut) iniciar();
    } else if (connection === 'open') {
      console.log('✅ Conectado ao WhatsApp');
    }
  });

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return;
    for (const m of messages) {
      if (!m.message || m.key.fromMe) continue;
      const jid = m.key.remoteJid;
      if (jid.endsWith('@g.us')) continue;

      const texto =
        m.message.conversation || m.message.extendedTextMessage?.text || '';
      if (!texto || (prefixo && !texto.startsWith(prefixo))) continue;

      try {
        await sock.sendPresenceUpdate('composing', jid);
        const resposta = await responder(jid, texto.slice(prefixo.length).trim());
        await sock.sendMessage(jid, { text: resposta }, { quoted: m });
      } catch (e) {
        console.error(e);
        await sock.sendMessage(jid, { text: 'Ops! Tive um problema aqui, tenta de novo 🙏' });
      }
    }
  });
}

iniciar();
