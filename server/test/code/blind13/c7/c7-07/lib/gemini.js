const { GoogleGenerativeAI } = require('@google/generative-ai');
const { SISTEM_TALIMATI } = require('./talimat');

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({
  model: process.env.GEMINI_MODEL || 'gemini-1.5-flash',
  systemInstruction: SISTEM_TALIMATI,
  generationConfig: { temperature: 0.4, maxOutputTokens: 400 },
});

const sohbetler = new Map();

async function cevapla(jid, metin) {
  let chat = sohbetler.get(jid);
  if (!chat) {
    chat = model.startChat({ history: [] });
    sohbetler.set(jid, chat);
  }
  const sonuc = await chat.sendMessage(metin);
  return sonuc.response.text();
}

module.exports = { cevapla };
