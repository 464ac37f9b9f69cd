import type OpenAI from 'openai'

type Msg = OpenAI.Chat.Completions.ChatCompletionMessageParam

const store = new Map<string, Msg[]>()

export function history(jid: string): Msg[] {
  return store.get(jid) ?? []
}

export function push(jid: string, msg: Msg, max: number) {
  const h = [...history(jid), msg]
  store.set(jid, h.slice(-max))
}

export function reset(jid: string) {
  store.delete(jid)
}
