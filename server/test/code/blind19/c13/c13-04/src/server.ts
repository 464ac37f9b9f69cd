import express from 'express'
import twilio from 'twilio'
import { ChatOpenAI } from '@langchain/openai'
import { SystemMessage, HumanMessage, AIMessage, type BaseMessage } from '@langchain/core/messages'
import { loadConfig } from './config'
import { humanMode, openHandoffTicket } from './handoff'

const cfg = loadConfig()
const llm = new ChatOpenAI({ model: cfg.model, temperature: cfg.temperature })
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN)
const memory = new Map<string, BaseMessage[]>()

const app = express()
app.use(express.urlencoded({ extended: false }))

app.post('/twilio/whatsapp', async (req, res) => {
  res.sendStatus(200)
  const from: string = req.body.From
  const body: string = (req.body.Body ?? '').trim()
  if (humanMode.has(from)) return // an agent owns this thread now

  const hist = memory.get(from) ?? []
  if (body.toUpperCase() === cfg.handoff_keyword) {
    await openHandoffTicket(from, hist.map((m) => `${m._getType()}: ${m.content}`).join('\n'))
    await tw.messages.create({ from: process.env.TWILIO_WHATSAPP_FROM, to: from, body: 'Got it — a Brightline team member will reply here shortly.' })
    return
  }

  hist.push(new HumanMessage(body))
  const out = await llm.invoke([new SystemMessage(cfg.system_prompt), ...hist.slice(-cfg.max_history)])
  hist.push(new AIMessage(out.content as string))
  memory.set(from, hist)
  await tw.messages.create({ from: process.env.TWILIO_WHATSAPP_FROM, to: from, body: out.content as string })
})

app.listen(3000, () => console.log(`${cfg.name} listening`))
