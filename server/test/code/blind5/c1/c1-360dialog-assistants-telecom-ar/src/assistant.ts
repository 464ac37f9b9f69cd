import OpenAI from 'openai';
import { handoffToAgent } from './handoff.js';

const openai = new OpenAI();
const ASSISTANT_ID = process.env.OPENAI_ASSISTANT_ID!;
const threads = new Map<string, string>();

export async function ask(waId: string, text: string): Promise<string> {
  let threadId = threads.get(waId);
  if (!threadId) {
    threadId = (await openai.beta.threads.create()).id;
    threads.set(waId, threadId);
  }

  await openai.beta.threads.messages.create(threadId, { role: 'user', content: text });
  let run = await openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: ASSISTANT_ID });

  while (run.status === 'requires_action') {
    const calls = run.required_action!.submit_tool_outputs.tool_calls;
    const outputs = await Promise.all(
      calls.map(async (c) => {
        if (c.function.name === 'handoff_to_agent') {
          const { summary, category } = JSON.parse(c.function.arguments);
          return { tool_call_id: c.id, output: await handoffToAgent(waId, summary, category) };
        }
        return { tool_call_id: c.id, output: 'unknown tool' };
      }),
    );
    run = await openai.beta.threads.runs.submitToolOutputsAndPoll(threadId, run.id, { tool_outputs: outputs });
  }

  const list = await openai.beta.threads.messages.list(threadId, { order: 'desc', limit: 1 });
  const first = list.data[0]?.content[0];
  return first?.type === 'text' ? first.text.value : 'عذرًا، حدث خطأ. حاول مرة أخرى.';
}
