import type { CoreMessage } from 'ai';
import { MAX_TURNS } from './config';

const store = new Map<string, CoreMessage[]>();

export function history(chatId: string): CoreMessage[] {
  return store.get(chatId) ?? [];
}
export function remember(chatId: string, ...msgs: CoreMessage[]) {
  const h = [...history(chatId), ...msgs];
  store.set(chatId, h.slice(-MAX_TURNS * 2));
}
export function forget(chatId: string) {
  store.delete(chatId);
}
