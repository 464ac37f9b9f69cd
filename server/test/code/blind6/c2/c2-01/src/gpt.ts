import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MODEL = process.env.OPENAI_MODEL ?? "gpt-4o-mini";
const MAX_HISTORY = Number(process.env.MAX_HISTORY ?? 20);

const histories = new Map<string, ChatCompletionMessageParam[]>();

export function resetConversation(chatId: string): void {
  histories.delete(chatId);
}

export async function ask(chatId: string, text: string): Promise<string> {
  const history = histories.get(chatId) ?? [];
  history.push({ role: "user", content: text });

  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: history.slice(-MAX_HISTORY),
    temperature: 0.7,
  });

  const answer = completion.choices[0]?.message?.content?.trim() ?? "";
  history.push({ role: "assistant", content: answer });
  histories.set(chatId, history);
  return answer;
}
