import OpenAI from 'openai';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DIGEST_INSTRUCTIONS } from './prompt.js';

// Usage: npm run digest -- ./exports/2025-W48
const dir = process.argv[2] ?? './exports';
const openai = new OpenAI();

const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
const chunks: string[] = [];
for (const f of files) {
  const raw = await readFile(path.join(dir, f), 'utf8');
  chunks.push(`=== ${f} ===\n${raw.replace(/\+?\d[\d\s-]{7,}\d/g, '[phone]')}`);
}

const res = await openai.chat.completions.create({
  model: 'gpt-4o',
  messages: [
    { role: 'system', content: DIGEST_INSTRUCTIONS },
    { role: 'user', content: chunks.join('\n\n').slice(0, 400_000) },
  ],
});

const out = path.join(dir, 'digest.md');
await writeFile(out, res.choices[0].message.content ?? '');
console.log(`Wrote ${out} from ${files.length} chats`);
