import "dotenv/config";
import makeWASocket, { DisconnectReason, useMultiFileAuthState } from "@whiskeysockets/baileys";
import { Boom } from "@hapi/boom";
import pino from "pino";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { systemPrompt } from "./ai/prompt.js";
import { buildTools } from "./ai/tools.js";
import { getHistory, isPaused } from "./bot/state.js";

const SUCURSAL = process.env.SUCURSAL ?? "Chapalita";

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState("auth_info");
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: "warn" }) });

  sock.ev.on("creds.update", saveCreds);
  sock.ev.on("connection.update", ({ connection, lastDisconnect }) => {
    if (connection === "close") {
      const code = (lastDisconnect?.error as Boom)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) start();
    }
  });

  sock.ev.on("messages.upsert", async ({ messages, type }) => {
    if (type !== "notify") return;
    for (const m of messages) {
      const jid = m.key.remoteJid;
      if (!jid || m.key.fromMe || jid.endsWith("@g.us")) continue;
      if (isPaused(jid)) continue; // lo está atendiendo un encargado

      const text = m.message?.conversation ?? m.message?.extendedTextMessage?.text;
      if (!text) continue;

      const h = getHistory(jid);
      h.push({ role: "user", content: text });

      const { text: reply } = await generateText({
        model: openai("gpt-4o-mini"),
        system: systemPrompt(SUCURSAL),
        messages: h.slice(-16),
        tools: buildTools(sock, jid),
        maxSteps: 4,
      });

      h.push({ role: "assistant", content: reply });
      await sock.sendMessage(jid, { text: reply });
    }
  });
}

start();
