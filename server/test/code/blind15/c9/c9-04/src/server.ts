import express from 'express';
import twilio from 'twilio';
import type Anthropic from '@anthropic-ai/sdk';
import { tenantFor } from './prompt';
import { runAgent } from './agent';
import { humanMode } from './handoff';

const app = express();
app.use(express.urlencoded({ extended: false }));
const convos = new Map<string, Anthropic.MessageParam[]>();

app.post('/twilio/inbound', async (req, res) => {
  const { From, To, Body } = req.body as Record<string, string>;
  const tenant = tenantFor(To);
  const twiml = new twilio.twiml.MessagingResponse();
  if (!tenant) return res.type('text/xml').send(twiml.toString());

  // reception re-enables the bot
  if (From === tenant.reception.whatsapp && Body.startsWith('#bot ')) {
    humanMode.delete(`${To}|whatsapp:${Body.slice(5).trim()}`);
    return res.type('text/xml').send(twiml.toString());
  }
  if (humanMode.has(`${To}|${From}`)) return res.type('text/xml').send(twiml.toString());

  const key = `${To}|${From}`;
  const hist = convos.get(key) ?? [];
  hist.push({ role: 'user', content: Body });
  const reply = await runAgent(tenant, From, hist);
  convos.set(key, hist.slice(-20));
  if (reply) twiml.message(reply);
  res.type('text/xml').send(twiml.toString());
});

app.listen(Number(process.env.PORT ?? 8080));
