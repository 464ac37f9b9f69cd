import 'dotenv/config'
import { create, type Whatsapp, type Message } from '@wppconnect-team/wppconnect'
import type { Content } from '@google/genai'
import { tanyaGemini } from './lib/gemini'
import { cekJadwal, buatJanji } from './lib/jadwal'

const riwayat = new Map<string, Content[]>()
// nomor yang lagi ditangani resepsionis -> bot diam
const modeAdmin = new Map<string, number>()
const TIMEOUT_ADMIN_MS = 2 * 60 * 60 * 1000

async function handle(client: Whatsapp, msg: Message) {
  if (msg.isGroupMsg || msg.fromMe || msg.type !== 'chat') return
  const from = msg.from
  const teks = msg.body.trim()

  const sejak = modeAdmin.get(from)
  if (sejak && Date.now() - sejak < TIMEOUT_ADMIN_MS) return // resepsionis yang balas manual dari HP klinik
  if (sejak) modeAdmin.delete(from)

  if (/^admin$/i.test(teks)) {
    modeAdmin.set(from, Date.now())
    await client.sendText(
      process.env.ADMIN_GROUP!,
      `🔔 Pasien minta dibalas admin: wa.me/${from.replace('@c.us', '')} (${msg.sender?.pushname ?? '-'})`,
    )
    await client.sendText(from, 'Oke Kak, resepsionis kami sudah dapat notifikasi dan akan balas langsung di chat ini (jam kerja klinik) 😊')
    return
  }

  const hist = riwayat.get(from) ?? []
  hist.push({ role: 'user', parts: [{ text: teks }] })

  for (let i = 0; i < 3; i++) {
    const res = await tanyaGemini(hist)
    const call = res.functionCalls?.[0]
    if (!call) {
      const jawaban = res.text ?? 'Maaf Kak, coba ulangi ya 🙏'
      hist.push({ role: 'model', parts: [{ text: jawaban }] })
      await client.sendText(from, jawaban)
      break
    }
    const hasil =
      call.name === 'cekJadwal'
        ? await cekJadwal(String(call.args?.tanggal))
        : await buatJanji(call.args as Record<string, string>, from)
    hist.push({ role: 'model', parts: [{ functionCall: call }] })
    hist.push({ role: 'user', parts: [{ functionResponse: { name: call.name, response: { hasil } } }] })
  }
  riwayat.set(from, hist.slice(-24))
}

create({ session: process.env.SESSION_NAME ?? 'senyum-sehat', headless: true, autoClose: 0 })
  .then((client) => {
    console.log('Bot klinik jalan ✅')
    client.onMessage((m) => handle(client, m).catch(console.error))
  })
  .catch(console.error)
