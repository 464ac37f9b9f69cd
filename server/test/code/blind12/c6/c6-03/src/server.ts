import express from 'express';
import axios from 'axios';
import { PrismaClient } from '@prisma/client';
import { ask, Turn } from './llm';
import { transferToHuman } from './tools/transfer';
import { HANDOFF_ACK } from './defaults';

const app = express();
app.use(express.json());
const prisma = new PrismaClient();
const transcripts = new Map<string, Turn[]>();

app.get('/webhook', (req, res) => {
  if (req.query['hub.mode'] === 'subscribe' && req.query['hub.verify_token'] === process.env.VERIFY_TOKEN) {
    return res.send(req.query['hub.challenge']);
  }
  res.sendStatus(403);
});

async function send(phoneNumberId: string, token: string, to: string, body: string) {
  await axios.post(
    `https://graph.facebook.com/v21.0/${phoneNumberId}/messages`,
    { messaging_product: 'whatsapp', to, type: 'text', text: { body } },
    { headers: { Authorization: `Bearer ${token}` } },
  );
}

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const value = req.body?.entry?.[0]?.changes?.[0]?.value;
  const msg = value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;

  const tenant = await prisma.tenant.findUnique({ where: { phoneNumberId: value.metadata.phone_number_id } });
  if (!tenant) return;
  const conv = await prisma.conversation.upsert({
    where: { tenantId_waId: { tenantId: tenant.id, waId: msg.from } },
    update: {},
    create: { tenantId: tenant.id, waId: msg.from },
  });
  if (conv.humanActive) return; // an agent owns this chat in Chatwoot

  const turns = [...(transcripts.get(conv.id) ?? []), { role: 'user' as const, content: msg.text.body }].slice(-16);
  const out = await ask(tenant, turns);
  if (out.transfer) {
    await transferToHuman(conv.id, out.reason);
    return send(tenant.phoneNumberId, tenant.accessToken, msg.from, HANDOFF_ACK);
  }
  turns.push({ role: 'assistant', content: out.text });
  transcripts.set(conv.id, turns);
  await send(tenant.phoneNumberId, tenant.accessToken, msg.from, out.text);
});

app.listen(Number(process.env.PORT ?? 8080));
