import makeWASocket, { DisconnectReason, useMultiFileAuthState, type WAMessage } from "@whiskeysockets/baileys";
import pino from "pino";
import { mastra } from "./mastra/index.js";

const agent = mastra.getAgent("buddy");

function textOf(m: WAMessage): string | undefined {
  return m.message?.conversation ?? m.message?.extendedTextMessage?.text ?? undefined;
}

async function connect() {
  const { state, saveCreds } = await useMultiFileAuthState(".auth");
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: "warn" }) });

  sock.ev.on("creds.update", saveCreds);
  sock.ev.on("connection.update", (u) => {
    if (u.connection === "close") {
      const code = (u.lastDisconnect?.error as any)?.output?.statusCode;
      if (code !== DisconnectReason.loggedOut) void connect();
    }
  });

  sock.ev.on("messages.upsert", async ({ messages }) => {
    for (const m of messages) {
      if (m.key.fromMe || !m.key.remoteJid || m.key.remoteJid.endsWith("@g.us")) continue;
      const text = textOf(m);
      if (!text) continue;

      const jid = m.key.remoteJid;
      const res = await agent.generate(text, { resourceId: jid, threadId: jid });
      await sock.sendMessage(jid, { text: res.text });
    }
  });
}

void connect();
