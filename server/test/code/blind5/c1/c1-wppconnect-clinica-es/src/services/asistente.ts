import Anthropic from '@anthropic-ai/sdk';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const anthropic = new Anthropic();
const MODEL = process.env.CLAUDE_MODEL ?? 'claude-3-5-haiku-latest';

let promptSistema: string | null = null;
async function cargarPrompt(): Promise<string> {
  if (!promptSistema) {
    promptSistema = await readFile(path.resolve('prompts', 'sistema.txt'), 'utf8');
  }
  return promptSistema;
}

const conversaciones = new Map<string, Anthropic.MessageParam[]>();

export async function responder(paciente: string, texto: string): Promise<string> {
  const historial = conversaciones.get(paciente) ?? [];
  historial.push({ role: 'user', content: texto });

  const respuesta = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 600,
    system: await cargarPrompt(),
    messages: historial.slice(-16),
  });

  const salida = respuesta.content
    .filter((b): b is Anthropic.TextBlock => b.type === 'text')
    .map((b) => b.text)
    .join('\n');
  historial.push({ role: 'assistant', content: salida });
  conversaciones.set(paciente, historial);
  return salida;
}
