import 'dotenv/config'
import wppconnect, { type Whatsapp } from '@wppconnect-team/wppconnect'
import { GoogleGenAI } from '@google/genai'
import cron from 'node-cron'
import { PROMPT_RINGKASAN } from './prompt'

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! })

async function kumpulkanChatHariIni(client: Whatsapp) {
  const awalHari = new Date(); awalHari.setHours(0, 0, 0, 0)
  const chats = await client.listChats({ onlyUsers: true })
  const baris: string[] = []
  for (const chat of chats) {
    const msgs = await client.getMessages(chat.id._serialized, { count: 50 })
    for (const m of msgs) {
      if (m.timestamp * 1000 < awalHari.getTime()) continue
      baris.push(`${chat.id.user} [${new Date(m.timestamp * 1000).toLocaleTimeString('id-ID')}] ${m.fromMe ? 'TOKO' : 'PELANGGAN'}: ${m.body}`)
    }
  }
  return baris.join('\n')
}

wppconnect.create({ session: 'toko-batik' }).then((client) => {
  cron.schedule(process.env.CRON_RINGKASAN ?? '0 21 * * *', async () => {
    const log = await kumpulkanChatHariIni(client)
    if (!log) return
    const res = await ai.models.generateContent({
      model: 'gemini-2.0-flash',
      contents: log,
      config: { systemInstruction: PROMPT_RINGKASAN },
    })
    await client.sendText(process.env.GRUP_ADMIN_ID!, `📋 Ringkasan chat ${new Date().toLocaleDateString('id-ID')}\n\n${res.text}`)
  })
})
