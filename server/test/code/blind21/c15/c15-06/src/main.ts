import "dotenv/config";
import makeWASocket, { useMultiFileAuthState, DisconnectReason } from "@whiskeysockets/baileys";
import pino from "pino";
import { ask } from "./agent.js";
import { humanMode } from "./tools/index.js";

async function connect() {
  const { state, saveCreds } = await useMultiFileAuthState("auth");
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: "silent" }) });
  sock.ev.on("creds.update", saveCreds);
  sock.ev.on("connection.update", (u) => {
    if (u.connection === "close" && (u.lastDisconnect?.error as any)?.output?.statusCode !== DisconnectReason.loggedOut) {
      connect();
    }
  });

  sock.ev.on("messages.upsert", async ({ messages }) => {
    for (const m of messages) {
      const jid = m.key.remoteJid;
      if (!jid || m.key.fromMe) continue;
      const text = m.message?.conversation || m.message?.extendedTextMessage?.text;
      if (!text) continue;

      // 员工群里的指令：ok 60123456789 -> 恢复机器人
      if (jid === process.env.STAFF_GROUP_JID) {
        const done = text.match(/^ok\s+(\d+)/i);
        if (done) humanMode.delete(`${done[1]}@s.whatsapp.net`);
        continue;
      }
      if (jid.endsWith("@g.us")) continue;
      if (humanMode.has(jid)) continue; // 真人在处理

      try {
        const reply = await ask(sock, jid, text);
        await sock.sendMessage(jid, { text: reply });
      } catch (e) {
        console.error(e);
      }
    }
  });
}

connect();
