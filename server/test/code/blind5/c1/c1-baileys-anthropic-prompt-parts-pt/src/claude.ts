import Anthropic from '@anthropic-ai/sdk';
import { montarPromptSistema } from './prompt/index.js';

const anthropic = new Anthropic();
const memoria: Record<string, Anthropic.MessageParam[]> = {};

export async function perguntarClara(jid: string, texto: string, nome?: string) {
  const hist = (memoria[jid] ??= []);
  hist.push({ role: 'user', content: texto });

  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-20241022',
    max_tokens: 500,
    system: montarPromptSistema(nome),
    messages: hist.slice(-12),
  });

  const resposta = msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  hist.push({ role: 'assistant', content: resposta });
  return resposta;
}
