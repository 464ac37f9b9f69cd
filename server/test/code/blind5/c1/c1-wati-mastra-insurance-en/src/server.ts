import express from 'express';
import { mastra } from './mastra/index.js';

const app = express();
app.use(express.json());

async function sendWati(waId: string, text: string) {
  const url = `${process.env.WATI_API_ENDPOINT}/api/v1/sendSessionMessage/${waId}?messageText=${encodeURIComponent(text)}`;
  await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${process.env.WATI_TOKEN}` } });
}

app.post('/wati/webhook', async (req, res) => {
  res.sendStatus(200);
  const { waId, text, type, owner } = req.body ?? {};
  if (owner || type !== 'text' || !text) return; // ignore our own outbound echoes

  const agent = mastra.getAgent('policyAgent');
  const result = await agent.generate([{ role: 'user', content: text }], {
    resourceId: waId,
    threadId: `wa-${waId}`,
  });
  await sendWati(waId, result.text);
});

app.listen(3000, () => console.log('WATI webhook listening on 3000'));
