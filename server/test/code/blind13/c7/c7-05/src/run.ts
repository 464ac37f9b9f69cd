import { readFile } from 'node:fs/promises';
import { GoogleGenAI } from '@google/genai';
import { WebClient } from '@slack/web-api';
import { yesterdaysConversations } from './db.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

const system = await readFile(new URL('../prompts/digest.md', import.meta.url), 'utf8');
const convs = await yesterdaysConversations();

const input = convs
  .map((c) => `### ${c.id} | agent=${c.agent ?? 'unassigned'} | status=${c.status} | tags=${c.tags.join(',')}\n${c.transcript}`)
  .join('\n\n');

const res = await ai.models.generateContent({
  model: 'gemini-2.5-flash',
  contents: input || '(empty)',
  config: { systemInstruction: system, temperature: 0.2 },
});

await slack.chat.postMessage({
  channel: process.env.SLACK_CHANNEL ?? '#cx-leads',
  text: res.text ?? 'Digest failed – check the job logs.',
});
