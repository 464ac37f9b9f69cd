const express = require('express');
const { issue, verify } = require('./otp');
const { sendOtpTemplate } = require('./whatsapp');

const app = express();
app.use(express.json());

app.post('/otp/send', async (req, res) => {
  const { phone, lang } = req.body;
  if (!/^\d{10,15}$/.test(phone ?? '')) return res.status(400).json({ error: 'bad phone' });
  const code = await issue(phone);
  try {
    await sendOtpTemplate(phone, code, lang === 'hi' ? 'hi' : 'en');
    res.json({ channel: 'whatsapp' });
  } catch (e) {
    console.error('wa send failed', e.response?.data ?? e.message);
    res.status(502).json({ error: 'whatsapp_failed', fallback: 'sms' });
  }
});

app.post('/otp/verify', async (req, res) => {
  res.json({ valid: await verify(req.body.phone, String(req.body.code ?? '')) });
});

// delivery receipts from the Cloud API (we don't process inbound user messages here)
app.post('/wa/webhook', (req, res) => {
  const st = req.body?.entry?.[0]?.changes?.[0]?.value?.statuses?.[0];
  if (st) console.log('otp status', st.recipient_id, st.status);
  res.sendStatus(200);
});

app.listen(process.env.PORT || 4100);
