import express from 'express';
import twilio from 'twilio';
import { tanya } from './agent.js';

const { MessagingResponse } = twilio.twiml;
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post(
  '/wa/incoming',
  twilio.webhook(process.env.TWILIO_AUTH_TOKEN!, { url: `${process.env.PUBLIC_URL}/wa/incoming` }),
  async (req, res) => {
    const from: string = req.body.From ?? '';
    const body: string = (req.body.Body ?? '').trim();
    const twiml = new MessagingResponse();

    if (from.startsWith('whatsapp:') && body) {
      const jawaban = await tanya(body);
      // WhatsApp membatasi 1600 karakter per pesan lewat Twilio
      twiml.message(jawaban.slice(0, 1590));
    }
    res.type('text/xml').send(twiml.toString());
  },
);

app.listen(3000, () => console.log('TanyaAja siap di port 3000'));
