import { Mistral } from '@mistralai/mistralai'
import { config } from '../config.js'
import { systemPrompt } from './prompt.js'
import { tools } from './tools.js'

const client = new Mistral({ apiKey: config.mistral.apiKey })

export type Turn = { role: 'user' | 'assistant'; content: string }

export async function repondre(historique: Turn[], dossierLookup: (n: string) => Promise<unknown>) {
  const messages: any[] = [{ role: 'system', content: systemPrompt() }, ...historique]
  for (let i = 0; i < 3; i++) {
    const res = await client.chat.complete({
      model: config.mistral.model,
      messages,
      tools: tools(),
      toolChoice: 'auto',
      temperature: 0.2,
    })
    const msg = res.choices?.[0]?.message
    if (!msg) break
    if (!msg.toolCalls?.length) return typeof msg.content === 'string' ? msg.content : ''
    messages.push(msg)
    for (const call of msg.toolCalls) {
      const args = typeof call.function.arguments === 'string' ? JSON.parse(call.function.arguments) : call.function.arguments
      const result = call.function.name === 'consulter_dossier' ? await dossierLookup(args.numero_contrat) : { erreur: 'indisponible' }
      messages.push({ role: 'tool', name: call.function.name, toolCallId: call.id, content: JSON.stringify(result) })
    }
  }
  return "Je rencontre un souci technique, pouvez-vous reformuler votre demande ?"
}
