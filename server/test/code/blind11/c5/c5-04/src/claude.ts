import Anthropic from '@anthropic-ai/sdk';
import { SYSTEM } from './constants.js';

const anthropic = new Anthropic();
type Turn = { role: 'user' | 'assistant'; content: string };
const convo = new Map<string, Turn[]>();

export async function reply(jid: string, text: string): Promise<string> {
  const turns = convo.get(jid) ?? [];
  turns.push({ role: 'user', content: text });
  const res = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 600,
    system: SYSTEM,
    messages: turns.slice(-20),
  });
  const out = res.content.filter((b) => b.type === 'text').map((b) => (b as { text: string }).text).join('\n');
  turns.push({ role: 'assistant', content: out });
  convo.set(jid, turns.slice(-20));
  return out;
}
