import express from 'express';
import { classify } from './router.js';
import { smalltalk } from './handlers/smalltalk.js';
import { orderStatus, newOrderLink } from './handlers/orders.js';
import { sendText } from './waha.js';

const app = express();
app.use(express.json());

const SUPPORT_CHAT = (process.env.SUPPORT_NUMBER ?? '919810457732') + '@c.us';
const withAgent = new Set<string>();

const MENU = `नमस्ते! 🥬 SabziMandi में आपका स्वागत है
1️⃣ ऑर्डर कहाँ है?
2️⃣ नया ऑर्डर
0️⃣ हमारी टीम के किसी व्यक्ति से बात करें`;

app.post('/waha', async (req, res) => {
  res.sendStatus(200);
  const { event, payload } = req.body ?? {};
  if (event !== 'message' || payload?.fromMe) return;
  const chatId: string = payload.from;
  const text: string = (payload.body ?? '').trim();
  if (withAgent.has(chatId)) return;

  if (['hi', 'hello', 'namaste', 'menu'].includes(text.toLowerCase())) return sendText(chatId, MENU);
  if (text === '1') return sendText(chatId, await orderStatus(null, chatId.split('@')[0]));
  if (text === '2') return sendText(chatId, newOrderLink());

  const route = text === '0' ? { intent: 'agent' as const, orderId: null } : await classify.invoke({ message: text });
  switch (route.intent) {
    case 'order_status':
      return sendText(chatId, await orderStatus(route.orderId, chatId.split('@')[0]));
    case 'new_order':
      return sendText(chatId, newOrderLink());
    case 'agent':
      withAgent.add(chatId);
      await sendText(SUPPORT_CHAT, `ग्राहक ${chatId.split('@')[0]} एजेंट से बात करना चाहता है: "${text}"`);
      return sendText(chatId, 'ठीक है, हमारी सपोर्ट टीम का कोई सदस्य जल्द ही इसी चैट पर जवाब देगा (सुबह 8 – रात 10)।');
    default:
      return sendText(chatId, await smalltalk.invoke({ message: text }));
  }
});

app.listen(Number(process.env.PORT ?? 4000));
