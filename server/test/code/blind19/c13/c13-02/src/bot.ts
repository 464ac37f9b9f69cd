import 'dotenv/config'
import { Client, LocalAuth } from 'whatsapp-web.js'
import qrcode from 'qrcode-terminal'
import { generateText, type CoreMessage } from 'ai'
import { openai } from '@ai-sdk/openai'
import { SYSTEM } from './prompt'
import { makeAvisarEncargado } from './tools/avisarEncargado'

const client = new Client({ authStrategy: new LocalAuth({ clientId: 'taqueria' }) })
const chats = new Map<string, CoreMessage[]>()

client.on('qr', (qr) => qrcode.generate(qr, { small: true }))
client.on('ready', () => console.log('listo 🌮'))

client.on('message', async (msg) => {
  if (msg.from.endsWith('@g.us') || msg.from === process.env.ENCARGADO_CHAT_ID) return
  const hist = chats.get(msg.from) ?? []
  hist.push({ role: 'user', content: msg.body })

  const { text } = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM,
    messages: hist.slice(-16),
    tools: { avisarEncargado: makeAvisarEncargado(client, msg.from) },
    maxSteps: 3,
  })
  hist.push({ role: 'assistant', content: text })
  chats.set(msg.from, hist)
  await msg.reply(text)
})

client.initialize()
