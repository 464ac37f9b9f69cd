import makeWASocket, { DisconnectReason, useMultiFileAuthState, type WAMessage } from "@whiskeysockets/baileys";
import { openai } from "@ai-sdk/openai";
import { generateText, type CoreMessage } from "ai";
import pino from "pino";
import { HUONG_DAN_HE_THONG, LOI_CHAO } from "./loichao.js";

const lichSu = new Map<string, CoreMessage[]>();
const daChao = new Set<string>();

function layText(m: WAMessage): string | undefined {
  return m.message?.conversation ?? m.message?.extendedTextMessage?.text ?? undefined;
}

async function start(): Promise<void> {
  const { state, saveCreds } = await useMultiFileAuthState("auth_bena");
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: "warn" }) });
  sock.ev.on("creds.update", saveCreds);

  sock.ev.on("connection.update", ({ connection, lastDisconnect }) => {
    if (connection === "close") {
      const code = (lastDisconnect?.error as { output?: { statusCode?: number } })?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) void start();
    }
  });

  sock.ev.on("messages.upsert", async ({ messages, type }) => {
    if (type !== "notify") return;
    for (const m of messages) {
      const jid = m.key.remoteJid;
      if (!jid || m.key.fromMe || jid.endsWith("@g.us")) continue;
      const text = layText(m)?.trim();
      if (!text) continue;

      if (!daChao.has(jid)) {
        daChao.add(jid);
        await sock.sendMessage(jid, { text: LOI_CHAO });
      }
      if (text === "/moi") {
        lichSu.delete(jid);
        await sock.sendMessage(jid, { text: "Ok, mình bắt đầu lại nha ✨" });
        continue;
      }

      const h = lichSu.get(jid) ?? [];
      h.push({ role: "user", content: text });
      await sock.sendPresenceUpdate("composing", jid);
      const { text: traLoi } = await generateText({
        model: openai("gpt-4o-mini"),
        system: HUONG_DAN_HE_THONG,
        messages: h.slice(-12),
      });
      h.push({ role: "assistant", content: traLoi });
      lichSu.set(jid, h);
      await sock.sendMessage(jid, { text: traLoi }, { quoted: m });
    }
  });
}

void start();
