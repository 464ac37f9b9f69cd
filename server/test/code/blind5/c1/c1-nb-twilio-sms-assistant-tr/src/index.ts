import express from 'express';
import twilio from 'twilio';
import OpenAI from 'openai';

const openai = new OpenAI();
const app = express();
app.use(express.urlencoded({ extended: false }));

const SISTEM = 'Sen yardımsever bir yapay zekâ asistanısın. Kullanıcının her sorusunu kısa cevapla; SMS olduğu için en fazla 300 karakter kullan.';

// Plain SMS line: Twilio posts From like "+905551112233"
app.post('/sms', async (req, res) => {
  const from: string = req.body.From;
  const body: string = req.body.Body ?? '';
  const twiml = new twilio.twiml.MessagingResponse();

  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SISTEM },
      { role: 'user', content: body },
    ],
    max_tokens: 150,
  });
  console.log(`SMS from ${from}`);
  twiml.message(completion.choices[0].message.content ?? 'Bir hata oluştu.');
  res.type('text/xml').send(twiml.toString());
});

app.listen(3000);
