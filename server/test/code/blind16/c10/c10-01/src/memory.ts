import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

const store = new Map<string, ChatCompletionMessageParam[]>();

export function push(chatId: string, msg: ChatCompletionMessageParam, max: number) {
  const list = store.get(chatId) ?? [];
  list.push(msg);
  while (list.length > max * 2) list.shift();
  store.set(chatId, list);
}

export function history(chatId: string) {
  return store.get(chatId) ?? [];
}

export function reset(chatId: string) {
  store.delete(chatId);
}
