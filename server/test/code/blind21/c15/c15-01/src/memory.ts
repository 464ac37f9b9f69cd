import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { config } from "./config.js";

const store = new Map<string, ChatCompletionMessageParam[]>();

export function getHistory(jid: string): ChatCompletionMessageParam[] {
  return store.get(jid) ?? [];
}

export function push(jid: string, msg: ChatCompletionMessageParam) {
  const h = getHistory(jid);
  h.push(msg);
  while (h.length > config.maxHistory) h.shift();
  store.set(jid, h);
}

export function reset(jid: string) {
  store.delete(jid);
}
