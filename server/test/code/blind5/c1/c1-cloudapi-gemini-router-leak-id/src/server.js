import 'dotenv/config';
import express from 'express';
import { tanganiPesan } from './router.js';
import { kirimPesan } from './whatsapp.js';

const app = express();
app.use(express.json());

app.get('/webhook', (req, res) => {
  const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = req.query;
  if (mode === 'subscribe' && token === process.env.VERIFY_TOKEN) return res.status(200).send(challenge);
  res.sendStatus(403);
});

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const msg = value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;

  try {
    const balasan = await tanganiPesan(msg.from, msg.text.body);
    await kirimPesan(msg.from, balasan);
  } catch (err) {
    console.error(err);
  }
});

app.listen(process.env.PORT || 3000, () => console.log('webhook TokoKita jalan'));
