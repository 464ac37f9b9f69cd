import { openai } from '@ai-sdk/openai';
import { generateText, tool, type CoreMessage } from 'ai';
import { z } from 'zod';
import { SYSTEM_PROMPT } from './prompts.js';
import { abrirConversacionHumana } from './chatwoot.js';

const historial = new Map<string, CoreMessage[]>();
export const conHumano = new Set<string>();

export async function responderSocio(telefono: string, texto: string): Promise<string> {
  const msgs = historial.get(telefono) ?? [];
  msgs.push({ role: 'user', content: texto });

  const { text, response } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM_PROMPT,
    messages: msgs.slice(-14),
    maxSteps: 3,
    tools: {
      escalarAHumano: tool({
        description: 'Transfiere la conversación a un asesor humano de FitZone en Chatwoot.',
        parameters: z.object({ motivo: z.string().describe('Resumen de lo que necesita el socio') }),
        execute: async ({ motivo }) => {
          const id = await abrirConversacionHumana(telefono, motivo);
          conHumano.add(telefono);
          return { ok: true, conversacion: id };
        },
      }),
    },
  });

  msgs.push(...response.messages);
  historial.set(telefono, msgs);
  return text;
}
