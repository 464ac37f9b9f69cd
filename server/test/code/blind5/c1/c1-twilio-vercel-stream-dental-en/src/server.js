import express from 'express';
import twilio from 'twilio';
import { answerPatient } from './assistant.js';

const app = express();
app.use(express.urlencoded({ extended: false }));
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const sessions = new Map();

app.post('/whatsapp/inbound', async (req, res) => {
  res.status(204).end(); // answer asynchronously via REST
  const { From: from, Body: body } = req.body;
  if (!from?.startsWith('whatsapp:') || !body) return;

  const history = sessions.get(from) ?? [];
  history.push({ role: 'user', content: body });
  const reply = await answerPatient(history.slice(-12));
  history.push({ role: 'assistant', content: reply });
  sessions.set(from, history);

  await tw.messages.create({ from: process.env.TWILIO_WHATSAPP_FROM, to: from, body: reply });
});

app.listen(process.env.PORT ?? 3000);
