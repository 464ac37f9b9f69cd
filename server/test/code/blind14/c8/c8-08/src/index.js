const { Client, LocalAuth } = require("whatsapp-web.js");
const qrcode = require("qrcode-terminal");
const Groq = require("groq-sdk");
const { SYSTEM_PROMPT, MODEL, RECEPTION } = require("./config");
const store = require("./store");

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const client = new Client({ authStrategy: new LocalAuth({ clientId: "sehat" }) });

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("Sehat bot ready"));

client.on("message", async (msg) => {
  if (msg.from.endsWith("@g.us") || msg.from === "status@broadcast") return;

  // reception staff commands: "#done 9198xxxxxxx" hands the chat back to the bot
  if (msg.from === RECEPTION && msg.body.startsWith("#done")) {
    const num = msg.body.split(/\s+/)[1];
    if (num) store.release(`${num}@c.us`);
    return msg.reply("OK, bot wapas on hai us patient ke liye.");
  }

  if (store.isWithStaff(msg.from)) return;

  const text = msg.body.trim();
  if (/^(reception|staff|human|insaan|doctor se baat)/i.test(text)) {
    store.setStaff(msg.from);
    const contact = await msg.getContact();
    await client.sendMessage(
      RECEPTION,
      `📞 Patient ${contact.pushname || ""} (+${msg.from.replace("@c.us", "")}) staff se baat karna chahte hain.\nLast msg: ${text}`
    );
    return msg.reply("Theek hai 🙏 Reception team aapko isi chat mein reply karegi (clinic hours mein).");
  }

  store.push(msg.from, "user", text);
  const completion = await groq.chat.completions.create({
    model: MODEL,
    temperature: 0.3,
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...store.last(msg.from)],
  });
  const reply = completion.choices[0]?.message?.content || "Sorry, dobara bhejiye?";
  store.push(msg.from, "assistant", reply);
  await msg.reply(reply);
});

client.initialize();
