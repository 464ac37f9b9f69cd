import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import { generateText, stepCountIs } from 'ai'
import { openai } from '@ai-sdk/openai'
import { buildTools } from './tools/index.js'
import { session } from './session.js'
import { sendText, markRead } from './whatsapp/cloud.js'

const SYSTEM = readFileSync(new URL('./prompts/kundenservice.md', import.meta.url), 'utf8')
const app = new Hono()

app.get('/webhook', (c) => {
  const q = c.req.query()
  if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === process.env.WA_VERIFY_TOKEN) {
    return c.text(q['hub.challenge'] ?? '')
  }
  return c.text('forbidden', 403)
})

app.post('/webhook', async (c) => {
  const body = await c.req.json()
  const value = body?.entry?.[0]?.changes?.[0]?.value
  const msg = value?.messages?.[0]
  if (!msg || msg.type !== 'text') return c.text('ok')

  const waId: string = msg.from
  const name: string | undefined = value.contacts?.[0]?.profile?.name
  const s = session.get(waId)
  session.push(waId, { role: 'user', content: msg.text.body })
  await markRead(msg.id)

  // Fall liegt beim Service-Team: Bot schweigt, Zendesk-App zeigt die Nachricht an
  if (s.mode === 'human') return c.text('ok')

  const { text } = await generateText({
    model: openai('gpt-4.1-mini'),
    system: SYSTEM,
    messages: s.messages,
    tools: buildTools(waId, name),
    stopWhen: stepCountIs(4),
  })

  if (text) {
    session.push(waId, { role: 'assistant', content: text })
    await sendText(waId, text)
  }
  return c.text('ok')
})

// Zendesk-Trigger ruft das auf, wenn das Ticket gelöst wird
app.post('/internal/ticket-solved', async (c) => {
  const { waId } = await c.req.json()
  session.setMode(waId, 'bot')
  return c.json({ ok: true })
})

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) })
