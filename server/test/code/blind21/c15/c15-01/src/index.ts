import makeWASocket, {
  DisconnectReason,
  useMultiFileAuthState,
  fetchLatestBaileysVersion,
} from "@whiskeysockets/baileys";
import type { Boom } from "@hapi/boom";
import pino from "pino";
import qrcode from "qrcode-terminal";
import { config } from "./config.js";
import { reply } from "./llm.js";
import { reset } from "./memory.js";

const logger = pino({ level: "warn" });

const COMANDOS: Record<string, string> = {
  "/ajuda": "Comandos: /reset apaga a conversa, /humano fala com atendente.",
  // TODO: ligar no painel de atendimento quando a equipe existir
  "/humano": "🚧 Atendimento humano em breve! Estamos montando nossa equipe. Por enquanto, pode perguntar pra mim mesmo 😉",
};

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState(config.authDir);
  const { version } = await fetchLatestBaileysVersion();
  const sock = makeWASocket({ version, auth: state, logger });

  sock.ev.on("creds.update", saveCreds);

  sock.ev.on("connection.update", ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true });
    if (connection === "close") {
      const code = (lastDisconnect?.error as Boom | undefined)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
      else console.log("Sessão encerrada, apague a pasta de auth e leia o QR de novo.");
    }
    if (connection === "open") console.log("✅ conectado");
  });

  sock.ev.on("messages.upsert", async ({ messages, type }) => {
    if (type !== "notify") return;
    for (const m of messages) {
      if (m.key.fromMe || !m.message) continue;
      const jid = m.key.remoteJid!;
      if (jid.endsWith("@g.us") || jid === "status@broadcast") continue;

      const text =
        m.message.conversation ?? m.message.extendedTextMessage?.text ?? "";
      if (!text) continue;

      const cmd = text.trim().toLowerCase();
      if (cmd === "/reset") {
        reset(jid);
        await sock.sendMessage(jid, { text: "Conversa apagada ✨" });
        continue;
      }
      if (COMANDOS[cmd]) {
        await sock.sendMessage(jid, { text: COMANDOS[cmd] });
        continue;
      }

      try {
        await sock.sendPresenceUpdate("composing", jid);
        const answer = await reply(jid, text);
        await sock.sendMessage(jid, { text: answer }, { quoted: m });
      } catch (err) {
        logger.error(err);
        await sock.sendMessage(jid, { text: "Deu um erro aqui, tenta de novo em instantes 🙏" });
      }
    }
  });
}

start();
