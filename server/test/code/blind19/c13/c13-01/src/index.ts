import makeWASocket, { DisconnectReason, useMultiFileAuthState } from '@whiskeysockets/baileys'
import { Boom } from '@hapi/boom'
import OpenAI from 'openai'
import pino from 'pino'
import { config } from './config.js'

const openai = new OpenAI()
const history = new Map<string, OpenAI.Chat.ChatCompletionMessageParam[]>()

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_info')
  const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'warn' }) })
  sock.ev.on('creds.update', saveCreds)

  sock.ev.on('connection.update', ({ connection, lastDisconnect }) => {
    if (connection === 'close') {
      const code = (lastDisconnect?.error as Boom)?.output?.statusCode
      if (code !== DisconnectReason.loggedOut) start()
    }
  })

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return
    for (const m of messages) {
      if (m.key.fromMe || !m.message) continue
      const jid = m.key.remoteJid!
      const text = m.message.conversation ?? m.message.extendedTextMessage?.text
      if (!text) continue

      if (text.trim() === '/reset') {
        history.delete(jid)
        await sock.sendMessage(jid, { text: 'Histórico apagado ✅' })
        continue
      }
      if (text.trim().toLowerCase() === '/humano') {
        // TODO: integrar com fila de atendimento
        await sock.sendMessage(jid, { text: 'O atendimento humano estará disponível em breve! Por enquanto, posso te ajudar por aqui 🙂' })
        continue
      }

      const h = history.get(jid) ?? []
      h.push({ role: 'user', content: text })
      const res = await openai.chat.completions.create({
        model: config.model,
        messages: [{ role: 'system', content: config.systemPrompt }, ...h.slice(-config.maxHistory)],
      })
      const answer = res.choices[0]?.message?.content ?? 'Desculpe, não consegui responder agora.'
      h.push({ role: 'assistant', content: answer })
      history.set(jid, h)
      await sock.sendMessage(jid, { text: answer })
    }
  })
}

start()
