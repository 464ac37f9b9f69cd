import Anthropic from '@anthropic-ai/sdk'
import { SYSTEM_PROMPT } from './prompt'

const client = new Anthropic() // lee ANTHROPIC_API_KEY

type Turn = { role: 'user' | 'assistant'; content: string }
const conversaciones = new Map<string, Turn[]>()

export async function responder(chatId: string, texto: string, inventario: string): Promise<string> {
  const hist = conversaciones.get(chatId) ?? []
  hist.push({ role: 'user', content: texto })

  const res = await client.messages.create({
    model: process.env.CLAUDE_MODEL ?? 'claude-3-5-haiku-latest',
    max_tokens: 600,
    system: `${SYSTEM_PROMPT}\n\nInventario de hoy (sucursal Centro):\n${inventario}`,
    messages: hist.slice(-16),
  })

  const out = res.content
    .filter((b): b is Anthropic.TextBlock => b.type === 'text')
    .map((b) => b.text)
    .join('\n')
  hist.push({ role: 'assistant', content: out })
  conversaciones.set(chatId, hist)
  return out
}
