require("dotenv").config();
const { Client, LocalAuth } = require("whatsapp-web.js");
const qrcode = require("qrcode-terminal");
const OpenAI = require("openai");
const SYSTEM_PROMPT = require("./prompt");

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const LIMIT = Number(process.env.FREE_DAILY_LIMIT || 20);

const chats = {}; // number -> messages
const usage = {}; // number -> { day, count }

const PREMIUM_MSG =
  "Aaj ki free limit khatam 😅\n" +
  "Unlimited chat ke liye Premium lo — sirf ₹49/month.\n" +
  "UPI: dostai.premium@ybl (payment ke baad screenshot bhejo, 5 min me activate)";

const client = new Client({ authStrategy: new LocalAuth(), puppeteer: { headless: true, args: ["--no-sandbox"] } });

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("Dost AI ready hai 🚀"));

client.on("message", async (msg) => {
  if (msg.from.includes("@g.us") || msg.from === "status@broadcast") return;

  const today = new Date().toISOString().slice(0, 10);
  const u = usage[msg.from] && usage[msg.from].day === today ? usage[msg.from] : { day: today, count: 0 };
  if (u.count >= LIMIT) return msg.reply(PREMIUM_MSG);
  u.count++;
  usage[msg.from] = u;

  if (msg.body.trim().toLowerCase() === "reset") {
    chats[msg.from] = [];
    return msg.reply("Done bhai, nayi shuruaat ✨");
  }

  chats[msg.from] = chats[msg.from] || [];
  chats[msg.from].push({ role: "user", content: msg.body });

  try {
    const res = await openai.chat.completions.create({
      model: process.env.MODEL || "gpt-4o-mini",
      messages: [{ role: "system", content: SYSTEM_PROMPT }, ...chats[msg.from].slice(-12)],
    });
    const reply = res.choices[0].message.content;
    chats[msg.from].push({ role: "assistant", content: reply });
    msg.reply(reply);
  } catch (err) {
    console.error(err);
    msg.reply("Arre, kuch gadbad ho gayi. Thodi der baad try karo 🙏");
  }
});

client.initialize();
