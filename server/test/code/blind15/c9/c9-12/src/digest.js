import fs from 'node:fs/promises';
import path from 'node:path';
import OpenAI from 'openai';
import nodemailer from 'nodemailer';
import { DIGEST_PROMPT } from './prompt.js';

const dir = process.argv[2] ?? './exports';
const openai = new OpenAI();

const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt'));
const parts = [];
for (const f of files) {
  const transcript = await fs.readFile(path.join(dir, f), 'utf8');
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: DIGEST_PROMPT },
      { role: 'user', content: transcript.slice(0, 60_000) },
    ],
  });
  parts.push(`## ${f}\n\n${r.choices[0].message.content}`);
}

const md = `# Support digest (${new Date().toISOString().slice(0, 10)})\n\n${parts.join('\n\n---\n\n')}`;
await fs.writeFile('digest.md', md);

if (process.env.SMTP_URL) {
  const t = nodemailer.createTransport(process.env.SMTP_URL);
  await t.sendMail({ from: 'digest@nordlicht-home.de', to: 'cx-leads@nordlicht-home.de', subject: 'Weekly WhatsApp support digest', text: md });
}
console.log(`summarised ${files.length} chats`);
