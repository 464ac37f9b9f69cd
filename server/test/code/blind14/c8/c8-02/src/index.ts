import "dotenv/config";
import makeWASocket, { DisconnectReason, useMultiFileAuthState } from "@whiskeysockets/baileys";
import pino from "pino";
import qrcode from "qrcode-terminal";
import { responder } from "./lib/llm.js";

// número de la tienda donde atienden Marta y Jorge
const TIENDA_JID = (process.env.TIENDA_NUMERO ?? "34963512288") + "@s.whatsapp.net";
const conAsesor = new Set<string>();

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState("auth_info");
  const sock = makeWASocket({ auth: state, logger: pino({ level: "warn" }) });
  sock.ev.on("creds.update", saveCreds);

  sock.ev.on("connection.update", ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === "close") {
      const code = (lastDisconnect?.error as any)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
  });

  sock.ev.on("messages.upsert", async ({ messages, type }) => {
    if (type !== "notify") return;
    for (const m of messages) {
      if (m.key.fromMe || !m.message) continue;
      const jid = m.key.remoteJid!;
      if (jid.endsWith("@g.us") || jid === "status@broadcast") continue;
      const texto = m.message.conversation ?? m.message.extendedTextMessage?.text ?? "";
      if (!texto) continue;

      if (texto.trim().toUpperCase() === "BOT") {
        conAsesor.delete(jid);
        await sock.sendMessage(jid, { text: "¡Vuelvo a estar por aquí! ¿En qué te ayudo? 👟" });
        continue;
      }
      if (conAsesor.has(jid)) continue; // lo lleva una persona

      if (/\basesor(a)?\b|\bpersona\b|\bhumano\b/i.test(texto)) {
        conAsesor.add(jid);
        await sock.sendMessage(TIENDA_JID, {
          text: `🔔 Cliente pide asesor: wa.me/${jid.split("@")[0]}\nÚltimo mensaje: "${texto}"`,
        });
        await sock.sendMessage(jid, {
          text: "Te paso con un asesor de la tienda (L-S de 10:00 a 20:30). Te escribirá por aquí mismo 🙂",
        });
        continue;
      }

      await sock.sendPresenceUpdate("composing", jid);
      const respuesta = await responder(jid, texto);
      await sock.sendMessage(jid, { text: respuesta }, { quoted: m });
    }
  });
}

start();
