import makeWASocket, {
  DisconnectReason,
  useMultiFileAuthState,
  type WAMessage,
} from '@whiskeysockets/baileys'
import type { Boom } from '@hapi/boom'
import OpenAI from 'openai'
import pino from 'pino'
import qrcode from 'qrcode-terminal'
import { config } from './config.js'
import { history, push } from './memory.js'
import { handleCommand } from './commands.js'

const openai = new OpenAI({ apiKey: config.openaiKey })
const logger = pino({ level: 'warn' })

async function ask(jid: string, text: string): Promise<string> {
  push(jid, { role: 'user', content: text }, config.historySize)
  const completion = await openai.chat.completions.create({
    model: config.model,
    temperature: 0.7,
    messages: [{ role: 'system', content: config.systemPrompt }, ...history(jid)],
  })
  const answer = completion.choices[0]?.message?.content?.trim() || 'Não consegui responder agora 😕'
  push(jid, { role: 'assistant', content: answer }, config.historySize)
  return answer
}

function textOf(m: WAMessage): string | undefined {
  return m.message?.conversation ?? m.message?.extendedTextMessage?.text ?? undefined
}

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState('auth_info')
  const sock = makeWASocket({ auth: state, logger })

  sock.ev.on('creds.update', saveCreds)

  sock.ev.on('connection.update', ({ connection, lastDisconnect, qr }) => {
    if (qr) qrcode.generate(qr, { small: true })
    if (connection === 'close') {
      const code = (lastDisconnect?.error as Boom | undefined)?.output?.statusCode
      if (code !== DisconnectReason.loggedOut) start()
      else console.log('Sessão encerrada, apague auth_info e escaneie de novo.')
    } else if (connection === 'open') {
      console.log('✅ ZapGPT conectado')
    }
  })

  sock.ev.on('messages.upsert', async ({ messages, type }) => {
    if (type !== 'notify') return
    for (const m of messages) {
      const jid = m.key.remoteJid
      if (!jid || m.key.fromMe || jid.endsWith('@g.us')) continue
      const text = textOf(m)
      if (!text) continue

      const cmdReply = handleCommand(jid, text)
      if (cmdReply) {
        await sock.sendMessage(jid, { text: cmdReply }, { quoted: m })
        continue
      }

      try {
        await sock.sendPresenceUpdate('composing', jid)
        const answer = await ask(jid, text)
        await sock.sendMessage(jid, { text: answer }, { quoted: m })
      } catch (err) {
        logger.error(err)
        await sock.sendMessage(jid, { text: 'Deu ruim aqui 😬 tenta de novo em instantes.' })
      }
    }
  })
}

start()
