import express from 'express';
import twilio from 'twilio';
import { ask } from './askUs';

const app = express();
app.use(express.urlencoded({ extended: false }));

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_WHATSAPP_NUMBER!;

app.post('/twilio/whatsapp', twilio.webhook({ validate: process.env.NODE_ENV === 'production' }), async (req, res) => {
  const from: string = req.body.From;
  const body: string = (req.body.Body ?? '').trim();
  res.type('text/xml').send('<Response></Response>'); // reply async, LLM can take > 15s

  if (!body) return;
  try {
    const answer = await ask(from, body);
    for (const chunk of answer.match(/[\s\S]{1,1500}/g) ?? []) {
      await client.messages.create({ from: FROM, to: from, body: chunk });
    }
  } catch (e) {
    console.error(e);
    await client.messages.create({ from: FROM, to: from, body: 'Sorry, something went wrong on our side. Please try again in a minute.' });
  }
});

app.listen(process.env.PORT ?? 3000);
