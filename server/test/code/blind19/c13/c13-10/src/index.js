import 'dotenv/config'
import makeWASocket, { useMultiFileAuthState } from '@whiskeysockets/baileys'
import { Mistral } from '@mistralai/mistralai'
import pino from 'pino'
import { sistemMesaji } from './sablon.js'

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })
const gecmis = new Map()

const { state, saveCreds } = await useMultiFileAuthState('.oturum')
const sock = makeWASocket({ auth: state, printQRInTerminal: true, logger: pino({ level: 'silent' }) })
sock.ev.on('creds.update', saveCreds)

sock.ev.on('messages.upsert', async ({ messages }) => {
  const m = messages[0]
  if (!m?.message || m.key.fromMe) return
  const metin = m.message.conversation || m.message.extendedTextMessage?.text
  if (!metin) return
  const jid = m.key.remoteJid

  const g = (gecmis.get(jid) || []).concat({ role: 'user', content: metin }).slice(-8)
  const cevap = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: sistemMesaji }, ...g],
  })
  const yanit = cevap.choices[0].message.content
  gecmis.set(jid, g.concat({ role: 'assistant', content: yanit }))
  await sock.sendMessage(jid, { text: yanit }, { quoted: m })
})
