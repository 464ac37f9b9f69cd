import { Router } from 'express';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { sendText } from '../lib/wa';
import { consumeFree, isPremium, redis } from '../lib/quota';
import { HELP, SYSTEM, UPSELL } from '../lib/messages';

export const webhook = Router();
const SUPPORT = process.env.SUPPORT_EMAIL ?? 'noreply@gptviet.vn';

webhook.get('/', (req, res) => {
  if (req.query['hub.verify_token'] === process.env.WA_VERIFY) return res.send(req.query['hub.challenge']);
  res.sendStatus(403);
});

webhook.post('/', async (req, res) => {
  res.sendStatus(200);
  const msg = req.body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg || msg.type !== 'text') return;
  const from: string = msg.from;
  const text: string = msg.text.body.trim();

  if (/^(help|trogiup|hotro|hỗ trợ)$/i.test(text)) return sendText(from, HELP(SUPPORT));
  if (/^nangcap$/i.test(text)) return sendText(from, UPSELL(process.env.MOMO_PAYMENT_LINK!));

  if (!(await isPremium(from)) && (await consumeFree(from)) < 0) {
    return sendText(from, UPSELL(process.env.MOMO_PAYMENT_LINK!));
  }

  const histKey = `hist:${from}`;
  const history = JSON.parse((await redis.get(histKey)) ?? '[]') as { role: 'user' | 'assistant'; content: string }[];
  history.push({ role: 'user', content: text });

  const { text: answer } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM,
    messages: history.slice(-16),
    maxTokens: 900,
  });

  history.push({ role: 'assistant', content: answer });
  await redis.set(histKey, JSON.stringify(history.slice(-24)), 'EX', 7 * 86400);
  await sendText(from, answer);
});
