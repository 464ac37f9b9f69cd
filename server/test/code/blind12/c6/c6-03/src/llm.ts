import Anthropic from '@anthropic-ai/sdk';
import type { Tenant } from '@prisma/client';
import { DEFAULT_SYSTEM_PROMPT } from './defaults';
import { transferTool } from './tools/transfer';

const anthropic = new Anthropic();

export type Turn = { role: 'user' | 'assistant'; content: string };

export async function ask(tenant: Tenant, turns: Turn[]) {
  const system = tenant.systemPrompt?.trim() || DEFAULT_SYSTEM_PROMPT;
  const res = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 600,
    system,
    tools: [transferTool],
    messages: turns,
  });
  const toolUse = res.content.find((b) => b.type === 'tool_use');
  if (toolUse && toolUse.type === 'tool_use' && toolUse.name === 'transfer_to_human') {
    return { transfer: true as const, reason: String((toolUse.input as any).reason ?? '') };
  }
  const text = res.content.filter((b) => b.type === 'text').map((b: any) => b.text).join('\n');
  return { transfer: false as const, text };
}
