import express from 'express';
import { kirimTeks } from './dialog360.js';
import { jawab } from './agent.js';

const app = express();
app.use(express.json());

// 360dialog Cloud API webhook (same shape as Meta's)
app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  for (const entry of req.body.entry ?? []) {
    for (const change of entry.changes ?? []) {
      for (const msg of change.value?.messages ?? []) {
        if (msg.type !== 'text') continue;
        try {
          const balasan = await jawab(msg.from, msg.text.body);
          await kirimTeks(msg.from, balasan);
        } catch (e) {
          console.error(e);
        }
      }
    }
  }
});

app.listen(process.env.PORT ?? 8080, () => console.log('concierge up'));
