import express from 'express';
import { responder } from './agente.js';

const app = express();
app.use(express.json());
const WAHA = process.env.WAHA_URL ?? 'http://waha:3000';
//                    ^^^^^^^^^^^^^^^^^^^^ flow/no-human-path

app.post('/waha/webhook', async (req, res) => {
  res.sendStatus(200);
  const { event, payload } = req.body;
  if (event !== 'message' || payload.fromMe) return;
  const texto = await responder(payload.from, payload.body);
  await fetch(`${WAHA}/api/sendText`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ session: 'default', chatId: payload.from, text: texto }),
  });
});

app.listen(3002);
