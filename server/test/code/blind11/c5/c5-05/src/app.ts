import express from 'express';
import { GoogleGenAI } from '@google/genai';
import { buildSystemPrompt, MODEL } from './config';
import { send } from './d360';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const systemInstruction = buildSystemPrompt();
const chats = new Map<string, ReturnType<typeof ai.chats.create>>();

const app = express();
app.use(express.json());

app.post('/d360/webhook', async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const m = value?.messages?.[0];
  if (!m || m.type !== 'text') return;

  let chat = chats.get(m.from);
  if (!chat) {
    chat = ai.chats.create({ model: MODEL, config: { systemInstruction, temperature: 0.4 } });
    chats.set(m.from, chat);
  }
  const r = await chat.sendMessage({ message: m.text.body });
  await send(m.from, r.text ?? 'عذرًا، حدث خطأ. حاول مرة أخرى.');
});

app.listen(process.env.PORT ?? 3000);
