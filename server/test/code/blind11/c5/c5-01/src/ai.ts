import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MODEL = process.env.OPENAI_MODEL || 'gpt-4o-mini';

// keep a short rolling memory per chat so follow-ups work
const memory = new Map<string, OpenAI.Chat.ChatCompletionMessageParam[]>();

export async function ask(chatId: string, question: string): Promise<string> {
  const history = memory.get(chatId) ?? [];
  history.push({ role: 'user', content: question });

  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: history.slice(-12),
    temperature: 0.7,
  });

  const answer = completion.choices[0]?.message?.content?.trim() || '🤷';
  history.push({ role: 'assistant', content: answer });
  memory.set(chatId, history.slice(-12));
  return answer;
}

export function forget(chatId: string) {
  memory.delete(chatId);
}
