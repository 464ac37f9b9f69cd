import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import Anthropic from '@anthropic-ai/sdk'
import { readFileSync } from 'node:fs'
import { uebergabeTool, uebergeben } from './tools/uebergabe.js'

const SYSTEM = readFileSync(new URL('./prompts/system.md', import.meta.url), 'utf8')
const anthropic = new Anthropic()
const app = new Hono()
const GRAPH = `https://graph.facebook.com/v21.0/${process.env.WA_PHONE_NUMBER_ID}/messages`

app.get('/webhook', (c) => {
  const q = c.req.query()
  if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === process.env.WA_VERIFY_TOKEN) return c.text(q['hub.challenge'])
  return c.text('forbidden', 403)
})

app.post('/webhook', async (c) => {
  const body = await c.req.json()
  const msg = body.entry?.[0]?.changes?.[0]?.value?.messages?.[0]
  if (!msg || msg.type !== 'text') return c.json({ ok: true })

  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: msg.text.body }]
  let res = await anthropic.messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 800, system: SYSTEM, tools: [uebergabeTool], messages })
  while (res.stop_reason === 'tool_use') {
    const call = res.content.find((b) => b.type === 'tool_use') as Anthropic.ToolUseBlock
    const out = await uebergeben(msg.from, (call.input as { grund: string }).grund)
    messages.push({ role: 'assistant', content: res.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: JSON.stringify(out) }] })
    res = await anthropic.messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 800, system: SYSTEM, tools: [uebergabeTool], messages })
  }
  const text = res.content.filter((b) => b.type === 'text').map((b) => (b as Anthropic.TextBlock).text).join('\n')

  await fetch(GRAPH, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_ACCESS_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to: msg.from, type: 'text', text: { body: text } }),
  })
  return c.json({ ok: true })
})

serve({ fetch: app.fetch, port: 8080 })
