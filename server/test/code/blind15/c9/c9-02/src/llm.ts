import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openai } from '@ai-sdk/openai';
import { generateText, type CoreMessage } from 'ai';

const SYSTEM = readFileSync(resolve(process.cwd(), 'prompts/system.md'), 'utf8');
const memory = new Map<string, CoreMessage[]>();

export async function jawab(jid: string, pesan: string): Promise<string> {
  const hist = memory.get(jid) ?? [];
  hist.push({ role: 'user', content: pesan });
  const { text } = await generateText({
    model: openai(process.env.MODEL ?? 'gpt-4o-mini'),
    system: SYSTEM,
    messages: hist.slice(-10),
    maxTokens: 400,
  });
  hist.push({ role: 'assistant', content: text });
  memory.set(jid, hist);
  return text;
}
