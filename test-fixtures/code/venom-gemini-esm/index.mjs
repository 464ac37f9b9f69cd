import venom from 'venom-bot';
import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

const SHOP_PROMPT = [
  'Kamu adalah asisten WhatsApp Toko Batik Sekar.',
  'Kamu hanya menjawab pertanyaan tentang pesanan, ongkos kirim, dan stok batik.',
  'Jika pertanyaan di luar topik itu, tolak dengan sopan.',
].join('\n');

const shopModel = genAI.getGenerativeModel({ model: 'gemini-1.5-flash', systemInstruction: SHOP_PROMPT });
const chatModel = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });

venom.create({ session: 'batik-sekar' }).then((client) => {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || !message.body) return;
    const text = message.body.trim();
    if (/pesanan|ongkir|stok/i.test(text)) {
      const result = await shopModel.generateContent(text);
      await client.sendText(message.from, result.response.text());
    } else if (/^(admin|manusia|cs)$/i.test(text)) {
      await client.sendText(process.env.STAFF_NUMBER, `Pelanggan ${message.from} minta bicara dengan CS.`);
      await client.sendText(message.from, 'Tim kami akan segera membalas.');
    } else {
      const result = await chatModel.generateContent(text);
      //                   ^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-fallback
      await client.sendText(message.from, result.response.text());
    }
  });
});
