const express = require('express');
const crypto = require('crypto');
const Redis = require('ioredis');
const { sendOtpTemplate } = require('./whatsapp');

const redis = new Redis(process.env.REDIS_URL);
const app = express();
app.use(express.json());

// Called by the auth service, never by end users directly.
app.post('/internal/otp', async (req, res) => {
  const { phone } = req.body;
  if (!/^\d{10,15}$/.test(phone ?? '')) return res.status(400).json({ error: 'bad phone' });
  if (await redis.get(`otp:cool:${phone}`)) return res.status(429).json({ error: 'wait' });

  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  await redis.set(`otp:${phone}`, crypto.createHash('sha256').update(code).digest('hex'), 'EX', 300);
  await redis.set(`otp:cool:${phone}`, '1', 'EX', 45);
  await sendOtpTemplate(phone, code);
  res.json({ sent: true, ttl: 300 });
});

app.post('/internal/otp/verify', async (req, res) => {
  const { phone, code } = req.body;
  const stored = await redis.get(`otp:${phone}`);
  const ok = stored && stored === crypto.createHash('sha256').update(String(code)).digest('hex');
  if (ok) await redis.del(`otp:${phone}`);
  res.json({ valid: Boolean(ok) });
});

// Delivery status callbacks only; inbound user messages are ignored.
app.post('/webhook', (req, res) => {
  const statuses = req.body.entry?.[0]?.changes?.[0]?.value?.statuses ?? [];
  for (const s of statuses) console.log('otp status', s.id, s.status);
  res.sendStatus(200);
});

app.listen(process.env.PORT || 7070);
