import Fastify from 'fastify';
import { run } from '@openai/agents';
import { buildAgent } from './agents/serviceAgent.js';
import { sendSessionMessage } from './services/wati.js';

const app = Fastify({ logger: true });

app.post('/wati/webhook', async (req, reply) => {
  const ev = req.body as any;
  if (ev.eventType !== 'message' || ev.owner || ev.type !== 'text') return reply.send({ ok: true });
  const waId: string = ev.waId;
  const result = await run(buildAgent(waId), ev.text);
  if (result.finalOutput) await sendSessionMessage(waId, String(result.finalOutput));
  return reply.send({ ok: true });
});

app.listen({ port: Number(process.env.PORT ?? 3030), host: '0.0.0.0' });
