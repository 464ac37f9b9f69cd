import express from 'express'
import { fakeChatCompletion } from './fakeLlm.js'

export const sent = [] // messages the bot under test "sent" to WhatsApp

export function createMock() {
  const app = express()
  app.use(express.json())
  // fake Graph API
  app.post('/v21.0/:phoneId/messages', (req, res) => {
    sent.push(req.body)
    res.json({ messaging_product: 'whatsapp', contacts: [{ wa_id: req.body.to }], messages: [{ id: 'wamid.FAKE' + sent.length }] })
  })
  // fake OpenAI
  app.post('/v1/chat/completions', (req, res) => res.json(fakeChatCompletion(req.body)))
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) createMock().listen(4010, () => console.log('mock on :4010'))
