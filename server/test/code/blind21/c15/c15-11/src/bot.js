require("dotenv").config();
const wppconnect = require("@wppconnect-team/wppconnect");
const { GoogleGenerativeAI } = require("@google/generative-ai");
const SYSTEM = require("./prompt");
const { functionDeclarations } = require("./tools");
const db = require("./db");

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({
  model: process.env.GEMINI_MODEL || "gemini-2.0-flash",
  systemInstruction: SYSTEM,
  tools: [{ functionDeclarations }],
});

const sessions = new Map();

async function calistir(call, telefon) {
  const a = call.args || {};
  switch (call.name) {
    case "musait_saatler":
      return { slotlar: await db.musaitSaatler(a.tedavi, a.tarih) };
    case "randevu_olustur":
      return await db.randevuOlustur(a.slot_id, a.ad_soyad, telefon, a.not);
    case "randevu_iptal":
      return await db.randevuIptal(telefon);
    default:
      return { hata: "bilinmeyen fonksiyon" };
  }
}

async function cevapla(telefon, metin) {
  let chat = sessions.get(telefon);
  if (!chat) {
    chat = model.startChat({ history: [] });
    sessions.set(telefon, chat);
  }
  let result = await chat.sendMessage(metin);
  for (let i = 0; i < 4; i++) {
    const calls = result.response.functionCalls();
    if (!calls || calls.length === 0) break;
    const parts = [];
    for (const call of calls) {
      parts.push({ functionResponse: { name: call.name, response: await calistir(call, telefon) } });
    }
    result = await chat.sendMessage(parts);
  }
  return result.response.text();
}

wppconnect
  .create({ session: process.env.WPP_SESSION || "ege-dis", headless: true })
  .then((client) => {
    client.onMessage(async (message) => {
      if (message.isGroupMsg || message.type !== "chat") return;
      const telefon = message.from.replace("@c.us", "");
      try {
        const yanit = await cevapla(telefon, message.body);
        await client.sendText(message.from, yanit);
      } catch (e) {
        console.error(e);
        await client.sendText(message.from, "Şu anda teknik bir sorun var, lütfen biraz sonra tekrar deneyin.");
      }
    });
  })
  .catch((e) => console.error(e));
