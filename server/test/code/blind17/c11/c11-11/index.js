const { default: makeWASocket, useMultiFileAuthState, DisconnectReason } = require("@whiskeysockets/baileys");
const OpenAI = require("openai");
const pino = require("pino");
const qrcode = require("qrcode-terminal");
const { cfg, personaFor, maybeSwitch } = require("./lib/personas");

const openai = new OpenAI();
const memory = {};

async function connect() {
  const { state, saveCreds } = await useMultiFileAuthState("session");
  const sock = makeWASocket({ auth: state, logger: pino({ level: "silent" }) });

  sock.ev.on("creds.update", saveCreds);
  sock.ev.on("connection.update", (u) => {
    if (u.qr) qrcode.generate(u.qr, { small: true });
    if (u.connection === "close" && u.lastDisconnect?.error?.output?.statusCode !== DisconnectReason.loggedOut) connect();
  });

  sock.ev.on("messages.upsert", async ({ messages }) => {
    const m = messages[0];
    if (!m?.message || m.key.fromMe) return;
    const jid = m.key.remoteJid;
    const text = m.message.conversation || m.message.extendedTextMessage?.text;
    if (!text) return;

    const switched = maybeSwitch(jid, text);
    if (switched) {
      memory[jid] = [];
      return sock.sendMessage(jid, { text: `تم التحويل إلى: ${switched} ✅` });
    }

    const persona = personaFor(jid);
    memory[jid] = memory[jid] || [];
    memory[jid].push({ role: "user", content: text });

    const res = await openai.chat.completions.create({
      model: cfg.model,
      messages: [{ role: "system", content: persona.system }, ...memory[jid].slice(-10)],
    });
    const reply = res.choices[0].message.content;
    memory[jid].push({ role: "assistant", content: reply });
    await sock.sendMessage(jid, { text: reply }, { quoted: m });
  });
}

connect();
