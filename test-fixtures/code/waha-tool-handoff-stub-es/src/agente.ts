import { generateText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { avisarLibreros } from './avisos.js';

const SISTEMA = readFileSync(new URL('../prompts/sistema.md', import.meta.url), 'utf8');

export async function responder(chatId: string, texto: string) {
  const pasarAHumano = tool({
    name: 'transfer_to_agent',
    description: 'Pasa la conversación a un librero',
    parameters: z.object({ motivo: z.string() }),
    execute: async ({ motivo }) => {
      await avisarLibreros(chatId, motivo);
      return 'hecho';
    },
  });
  const { text } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SISTEMA,
    prompt: texto,
    tools: { transfer_to_agent: pasarAHumano },
  });
  return text;
}
