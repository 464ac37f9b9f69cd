import type { ModelMessage } from 'ai'

type Mode = 'bot' | 'human'
interface S { messages: ModelMessage[]; mode: Mode; ticketId?: number }
const sessions = new Map<string, S>()

function get(id: string): S {
  let s = sessions.get(id)
  if (!s) { s = { messages: [], mode: 'bot' }; sessions.set(id, s) }
  return s
}

export const session = {
  get,
  push(id: string, m: ModelMessage) { const s = get(id); s.messages.push(m); s.messages = s.messages.slice(-20) },
  setMode(id: string, mode: Mode, ticketId?: number) { Object.assign(get(id), { mode, ticketId }) },
  transcript(id: string) {
    return get(id).messages
      .map((m) => `${m.role === 'user' ? 'Kunde' : 'Bot'}: ${typeof m.content === 'string' ? m.content : '[…]'}`)
      .join('\n')
  },
}
