import makeWASocket, { useMultiFileAuthState, DisconnectReason } from '@whiskeysockets/baileys'
import qrcode from 'qrcode-terminal'
import pino from 'pino'
import ollama from 'ollama'
import { appendFile } from 'node:fs/promises'
import { systemPrompt } from './prompt.js'

const MODEL = process.env.OLLAMA_MODEL ?? 'qwen2.5:7b-instruct'
const gecmis = new Map()

async function cevapla(jid, metin) {
  const h = gecmis.get(jid) ?? []
  h.push({ role: 'user', content: metin })
  const res = await ollama.chat({
    model: MODEL,
    messages: [{ role: 'system', content: systemPrompt }, ...h.slice(-16)],
    options: { temperature: 0.2 },
  })
  let out = res.message.content
  const m = out.match(/SIPARIS_JSON:\s*(\{.*\})/s)
  if (m) {
    await appendFile('siparisler.ndjson', JSON.stringify({ jid, at: new Date().toISOString(), ...JSON.parse(m[1]) }) + '\n')
    out = out.replace(m[0], '').trim() + '\n\n✅ Siparişiniz mutfağa iletildi!'
  }
  h.push({ role: 'assistant', content: out })
  gecmis.set(jid, h)
  return out
}

async function baslat() {
  const { state, saveCreds } = await useMultiFileAuthState('.auth')
  const sock = makeWASocket({ auth: state, logger: pino({ level: 'silent' }) })
  sock.ev.on('creds.update', saveCreds)
  sock.ev.on('connection.update', (u) => {
    if (u.qr) qrcode.generate(u.qr, { small: true })
    if (u.connection === 'close' && u.lastDisconnect?.error?.output?.statusCode !== DisconnectReason.loggedOut) baslat()
  })
  sock.ev.on('messages.upsert', async ({ messages }) => {
    for (const m of messages) {
      if (m.key.fromMe || !m.message) continue
      const jid = m.key.remoteJid
      if (jid.endsWith('@g.us')) continue
      const text = m.message.conversation || m.message.extendedTextMessage?.text
      if (!text) continue
      try {
        await sock.sendMessage(jid, { text: await cevapla(jid, text) })
      } catch (e) {
        console.error(e)
        await sock.sendMessage(jid, { text: 'Şu an bir aksaklık var, lütfen birazdan tekrar yazın 🙏' })
      }
    }
  })
}

baslat()
