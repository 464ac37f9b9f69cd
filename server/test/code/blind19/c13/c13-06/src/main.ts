import Fastify from 'fastify'
import OpenAI from 'openai'
import { buildSystemPrompt } from './prompts/index.js'

const app = Fastify({ logger: true })
const openai = new OpenAI()
const SYSTEM = buildSystemPrompt()

async function sendWhatsApp(to: string, body: string) {
  await fetch(`https://graph.facebook.com/v20.0/${process.env.PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.META_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { preview_url: false, body } }),
  })
}

app.get('/webhook', async (req, reply) => {
  const q = req.query as Record<string, string>
  return q['hub.verify_token'] === process.env.VERIFY_TOKEN ? q['hub.challenge'] : reply.code(403).send()
})

app.post('/webhook', async (req) => {
  const value = (req.body as any)?.entry?.[0]?.changes?.[0]?.value
  const m = value?.messages?.[0]
  if (m?.type === 'text') {
    const r = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: m.text.body }],
    })
    await sendWhatsApp(m.from, r.choices[0].message.content ?? '')
  }
  return { status: 'ok' }
})

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' })
