import express from 'express';
import OpenAI from 'openai';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { receptionAgent } from './agents';
import { CLINIC_PROMPT } from './prompts';
import { db } from './db';

const app = express();
app.use(express.json());
const client = new OpenAI();

app.get('/webhook', (req, res) => {
  if (req.query['hub.verify_token'] === process.env.VERIFY_TOKEN) res.send(req.query['hub.challenge']);
  else res.sendStatus(403);
});

app.post('/webhook', async (req, res) => {
  const message = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (message?.type !== 'text') return res.sendStatus(200);
  const text: string = message.text.body;
  const reply = text.startsWith('#lab') ? await labSummary(text) : await receptionAgent.generate(text);
  const tenant = await db.tenantFor(message.from);
  const extra = await client.responses.create({ model: 'gpt-4o-mini', instructions: tenant.systemPrompt, input: text });
  //                         ^^^^^^^^^^^^^^^^ code/unresolved-prompt
  await sendText(message.from, `${typeof reply === 'string' ? reply : reply.text}\n${extra.output_text}`);
  res.sendStatus(200);
});

async function labSummary(text: string): Promise<string> {
  const { text: out } = await generateText({ model: openai('gpt-4o-mini'), system: CLINIC_PROMPT, prompt: text });
  return out;
}

async function sendText(to: string, body: string): Promise<void> {
  await fetch(`https://graph.facebook.com/v21.0/${process.env.PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}

app.listen(3000);
