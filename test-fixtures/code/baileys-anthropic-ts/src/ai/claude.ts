import Anthropic from '@anthropic-ai/sdk';
import { PERSONA } from './persona.js';

const anthropic = new Anthropic();

export async function reply(text: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1024,
    system: PERSONA,
    messages: [{ role: 'user', content: text }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
