import Anthropic from '@anthropic-ai/sdk';
import express from 'express';
import twilio from 'twilio';
import { frontDeskOpen } from './lib/hours.js';
import { SYSTEM_PROMPT } from './lib/prompt.js';

const app = express();
app.use(express.urlencoded({ extended: false }));
const anthropic = new Anthropic();
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

const chats = new Map(); // From -> { history, staffUntil }

async function send(to, body) {
  return tw.messages.create({ from: process.env.TWILIO_WA_FROM, to, body });
}

app.post('/wa', async (req, res) => {
  res.type('text/xml').send('<Response/>');
  const from = req.body.From;
  const text = (req.body.Body || '').trim();
  const name = req.body.ProfileName || '';

  // หน้าร้านตอบลูกค้า: พิมพ์ "#66891234567 ข้อความ" จากมือถือหน้าร้าน
  if (from === process.env.FRONT_DESK_WA) {
    const m = text.match(/^#(\d{8,15})\s+([\s\S]+)/);
    if (m) {
      const target = `whatsapp:+${m[1]}`;
      const c = chats.get(target);
      if (c) c.staffUntil = Date.now() + 3 * 60 * 60 * 1000;
      await send(target, m[2]);
    }
    return;
  }

  const chat = chats.get(from) || { history: [], staffUntil: 0 };
  chats.set(from, chat);

  if (chat.staffUntil > Date.now()) {
    // พนักงานกำลังคุยอยู่ ส่งข้อความต่อให้หน้าร้าน
    return send(process.env.FRONT_DESK_WA, `💬 ${name} (${from.replace('whatsapp:', '')}): ${text}`);
  }

  chat.history.push({ role: 'user', content: text });
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 500,
    system: SYSTEM_PROMPT,
    messages: chat.history.slice(-12),
  });
  let reply = msg.content.filter((b) => b.type === 'text').map((b) => b.text).join('\n');

  if (reply.includes('[[STAFF]]')) {
    reply = reply.replace('[[STAFF]]', '').trim();
    if (frontDeskOpen()) {
      chat.staffUntil = Date.now() + 3 * 60 * 60 * 1000;
      await send(process.env.FRONT_DESK_WA,
        `🔔 ลูกค้าขอคุยกับพนักงาน\n${name} ${from.replace('whatsapp:', '')}\nข้อความล่าสุด: ${text}\nตอบกลับโดยพิมพ์ #${from.replace('whatsapp:+', '')} ตามด้วยข้อความ`);
      reply += '\n\nส่งต่อให้พนักงานหน้าร้านแล้วค่ะ จะมีพนักงานตอบในแชทนี้ภายในไม่กี่นาทีค่ะ 🙏';
    } else {
      reply += '\n\nตอนนี้หน้าร้านปิดแล้วค่ะ (เปิด 10:00–22:00) ฝากข้อความไว้ได้ที่ booking@baansabaispa.com หรือโทร 076 345 678 หลัง 10 โมงเช้า พนักงานจะติดต่อกลับค่ะ';
    }
  }

  chat.history.push({ role: 'assistant', content: reply });
  await send(from, reply);
});

app.listen(process.env.PORT || 3000);
