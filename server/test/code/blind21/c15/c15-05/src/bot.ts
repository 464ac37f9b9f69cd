import { Client, LocalAuth, Message } from "whatsapp-web.js";
import qrcode from "qrcode-terminal";
import Groq from "groq-sdk";
import { profile } from "./profile";
import { buildSystemPrompt } from "./prompt";

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const SYSTEM = buildSystemPrompt(profile);
const history = new Map<string, { role: "user" | "assistant"; content: string }[]>();

const client = new Client({
  authStrategy: new LocalAuth({ clientId: "sme-bot" }),
  puppeteer: { args: ["--no-sandbox", "--disable-setuid-sandbox"] },
});

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log(`✅ ${profile.name} bot is live`));

client.on("message", async (msg: Message) => {
  if (msg.from.endsWith("@g.us") || msg.type !== "chat") return;
  const text = msg.body.trim();

  if (/^(agent|human|customer care|person)$/i.test(text)) {
    await msg.reply(`No wahala 👍 Please call or WhatsApp our support line on ${profile.supportPhone}.`);
    return;
  }

  const h = history.get(msg.from) ?? [];
  h.push({ role: "user", content: text });

  try {
    const chat = await msg.getChat();
    await chat.sendStateTyping();
    const out = await groq.chat.completions.create({
      model: process.env.GROQ_MODEL ?? "llama-3.3-70b-versatile",
      temperature: 0.5,
      max_tokens: 400,
      messages: [{ role: "system", content: SYSTEM }, ...h.slice(-10)],
    });
    const answer = out.choices[0]?.message?.content ?? "Sorry, I couldn't get that. Try again?";
    h.push({ role: "assistant", content: answer });
    history.set(msg.from, h);
    await msg.reply(answer);
  } catch (e) {
    console.error(e);
    await msg.reply("Network is slow on our side 😅 please try again in a minute.");
  }
});

client.initialize();
