import express from 'express'
import twilio from 'twilio'
import { AIMessage, HumanMessage } from '@langchain/core/messages'
import { cfg } from './config'
import { tier1, tier2, type History } from './agents/chains'

const app = express()
app.use(express.urlencoded({ extended: false }))

const histories = new Map<string, History>()
const escalated = new Set<string>()

function wantsEscalation(text: string) {
  const t = text.toLowerCase()
  return cfg.escalation.keywords.some((k) => t.includes(k))
}

app.post(
  '/twilio/whatsapp',
  twilio.webhook({ validate: process.env.NODE_ENV === 'production' }),
  async (req, res) => {
    const from: string = req.body.From // whatsapp:+1...
    const input: string = (req.body.Body ?? '').trim()
    const history = histories.get(from) ?? []

    if (!escalated.has(from) && wantsEscalation(input)) {
      escalated.add(from)
      console.info(`[escalation] ${from} -> ${cfg.escalation.target}`)
    }

    const chain = escalated.has(from) ? tier2 : tier1
    const reply = await chain.invoke({ history, input })

    histories.set(from, [...history, new HumanMessage(input), new AIMessage(reply)].slice(-20))

    const twiml = new twilio.twiml.MessagingResponse()
    twiml.message(reply)
    res.type('text/xml').send(twiml.toString())
  },
)

app.listen(process.env.PORT ?? 8080, () => console.log('wa-agent-starter up'))
