import "dotenv/config";
import makeWASocket, { DisconnectReason, useMultiFileAuthState } from "@whiskeysockets/baileys";
import { Boom } from "@hapi/boom";
import pino from "pino";
import qrcode from "qrcode-terminal";
import { reply, reset } from "./llm.js";

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState("auth_info");
  const sock = makeWASocket({ auth: state, logger: pino({ level: "warn" }) });

  sock.ev.on("creds.update", saveCreds);
  sock.ev.on("connection.update", ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === "close") {
      const code = (lastDisconnect?.error as Boom)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
    if (connection === "open") console.log("conectado ✅");
  });

  sock.ev.on("messages.upsert", async ({ messages, type }) => {
    if (type !== "notify") return;
    for (const m of messages) {
      if (m.key.fromMe || !m.message || m.key.remoteJid?.endsWith("@g.us")) continue;
      const jid = m.key.remoteJid!;
      const text = m.message.conversation ?? m.message.extendedTextMessage?.text ?? "";
      if (!text) continue;

      if (text.trim().toLowerCase() === "/reset") {
        reset(jid);
        await sock.sendMessage(jid, { text: "Conversa reiniciada 🔄" });
        continue;
      }

      await sock.sendPresenceUpdate("composing", jid);
      try {
        const answer = await reply(jid, text);
        await sock.sendMessage(jid, { text: answer }, { quoted: m });
      } catch (err) {
        console.error(err);
        await sock.sendMessage(jid, { text: "Ops, deu erro aqui. Tenta de novo daqui a pouco." });
      }
    }
  });
}

start();
