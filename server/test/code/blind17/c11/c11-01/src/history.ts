import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

const store = new Map<string, ChatCompletionMessageParam[]>();
const max = Number(process.env.HISTORY_SIZE ?? 12);

export function getHistory(chatId: string): ChatCompletionMessageParam[] {
  return store.get(chatId) ?? [];
}

export function push(chatId: string, msg: ChatCompletionMessageParam) {
  const h = store.get(chatId) ?? [];
  h.push(msg);
  while (h.length > max) h.shift();
  store.set(chatId, h);
}

export function reset(chatId: string) {
  store.delete(chatId);
}
