import "dotenv/config";
import qrcode from "qrcode-terminal";
import pkg from "whatsapp-web.js";
import { ask, resetConversation } from "./gpt.js";

const { Client, LocalAuth } = pkg;

const client = new Client({
  authStrategy: new LocalAuth({ clientId: "wa-gpt" }),
  puppeteer: { args: ["--no-sandbox"] },
});

client.on("qr", (qr: string) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("wa-gpt is ready"));

client.on("message", async (msg) => {
  if (msg.from.endsWith("@g.us") || msg.from === "status@broadcast") return;
  const body = msg.body.trim();
  if (!body) return;

  if (body === "/reset") {
    resetConversation(msg.from);
    await msg.reply("🧹 Conversation cleared.");
    return;
  }

  try {
    const chat = await msg.getChat();
    await chat.sendStateTyping();
    const answer = await ask(msg.from, body);
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply("⚠️ Something went wrong, try again in a moment.");
  }
});

client.initialize();
