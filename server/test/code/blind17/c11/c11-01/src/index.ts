import "dotenv/config";
import qrcode from "qrcode-terminal";
import { Client, LocalAuth, Message } from "whatsapp-web.js";
import OpenAI from "openai";
import { SYSTEM_PROMPT } from "./prompt";
import { getHistory, push, reset } from "./history";

const openai = new OpenAI();
const model = process.env.OPENAI_MODEL || "gpt-4o-mini";
const allowed = (process.env.ALLOWED_NUMBERS || "")
  .split(",")
  .map((n) => n.trim())
  .filter(Boolean);

const client = new Client({
  authStrategy: new LocalAuth({ clientId: "zap-assistente" }),
  puppeteer: { args: ["--no-sandbox", "--disable-setuid-sandbox"] },
});

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("✅ conectado"));

client.on("message", async (msg: Message) => {
  if (msg.from.endsWith("@g.us") || msg.fromMe) return; // ignora grupo
  const number = msg.from.replace("@c.us", "");
  if (allowed.length && !allowed.includes(number)) return;

  const text = msg.body?.trim();
  if (!text) return;

  if (text.toLowerCase() === "/novo") {
    reset(msg.from);
    await msg.reply("Conversa reiniciada 👍");
    return;
  }

  const chat = await msg.getChat();
  await chat.sendStateTyping();

  push(msg.from, { role: "user", content: text });
  try {
    const resp = await openai.chat.completions.create({
      model,
      temperature: 0.7,
      messages: [{ role: "system", content: SYSTEM_PROMPT }, ...getHistory(msg.from)],
    });
    const answer = resp.choices[0]?.message?.content?.trim() || "Hmm, não consegui responder agora.";
    push(msg.from, { role: "assistant", content: answer });
    await msg.reply(answer);
  } catch (err) {
    console.error(err);
    await msg.reply("Deu um erro aqui do meu lado 😕 tenta de novo daqui a pouco.");
  } finally {
    await chat.clearState();
  }
});

client.initialize();
