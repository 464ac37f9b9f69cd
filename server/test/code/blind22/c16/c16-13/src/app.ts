import express from 'express';
import OpenAI from 'openai';
import { localeFor, t } from './i18n';
import { assignToHuman, sendSession } from './services/wati';

const app = express();
app.use(express.json());
const openai = new OpenAI();

const lastResponse = new Map<string, string>(); // waId -> previous_response_id
const withHuman = new Set<string>();

app.post('/wati/webhook', async (req, res) => {
  res.sendStatus(200);
  const { eventType, waId, text, owner, type } = req.body ?? {};
  if (eventType !== 'message' || owner || type !== 'text' || !text) return;

  // WATI manda "ticketResolved" cuando el asesor cierra; ver /wati/ticket
  if (withHuman.has(waId)) return;

  const locale = localeFor(waId);
  const dict = t(locale);
  try {
    const r = await openai.responses.create({
      model: 'gpt-4.1-mini',
      instructions: dict.system,
      input: text,
      previous_response_id: lastResponse.get(waId),
      store: true,
    });
    lastResponse.set(waId, r.id);

    let reply = r.output_text;
    if (/#(ASESOR|ADVISOR)\b/.test(reply)) {
      reply = `${reply.replace(/#(ASESOR|ADVISOR)\b/g, '').trim()}\n\n${dict.handoff}`;
      withHuman.add(waId);
      await assignToHuman(waId);
    }
    await sendSession(waId, reply);
  } catch (e) {
    console.error(e);
    await sendSession(waId, dict.fallback);
  }
});

app.post('/wati/ticket', (req, res) => {
  if (req.body?.eventType === 'ticketResolved') withHuman.delete(req.body.waId);
  res.sendStatus(200);
});

app.listen(Number(process.env.PORT ?? 8080));
