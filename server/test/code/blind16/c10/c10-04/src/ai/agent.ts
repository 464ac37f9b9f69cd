import { generateText, type CoreMessage } from 'ai';
import { openai } from '@ai-sdk/openai';
import { readFileSync } from 'node:fs';
import { bestellung_suchen, lager_pruefen } from './tools.js';

const SYSTEM = readFileSync(new URL('../../prompts/system.md', import.meta.url), 'utf8');

export async function reply(history: CoreMessage[]) {
  const { text } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM,
    messages: history,
    tools: { bestellung_suchen, lager_pruefen },
    maxSteps: 4,
  });
  return text;
}
