require("dotenv").config();
const qrcode = require("qrcode-terminal");
const { Client, LocalAuth } = require("whatsapp-web.js");
const { Ollama } = require("ollama");
const persona = require("../config/persona");

const ollama = new Ollama({ host: process.env.OLLAMA_HOST });
const MODEL = process.env.OLLAMA_MODEL || "llama3.1:8b";
const PREFIX = process.env.BOT_PREFIX || "";

const chats = {}; // chatId -> messages[]

const client = new Client({ authStrategy: new LocalAuth() });

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log(`${persona.name} ready hai 🚀`));

client.on("message", async (msg) => {
  if (msg.fromMe) return;
  let text = (msg.body || "").trim();
  if (PREFIX) {
    if (!text.startsWith(PREFIX)) return;
    text = text.slice(PREFIX.length).trim();
  }
  if (!text) return;

  if (text === "!reset") {
    delete chats[msg.from];
    return msg.reply("Chalo, nayi shuruaat 😄");
  }

  const history = (chats[msg.from] = chats[msg.from] || []);
  history.push({ role: "user", content: text });

  try {
    const res = await ollama.chat({
      model: MODEL,
      messages: [{ role: "system", content: persona.systemPrompt }, ...history.slice(-10)],
      options: { temperature: 0.8 },
    });
    history.push({ role: "assistant", content: res.message.content });
    await msg.reply(res.message.content);
  } catch (e) {
    console.error(e);
    msg.reply("Arre yaar, kuch gadbad ho gayi. Thodi der baad try karo 🙏");
  }
});

client.initialize();
