import Fastify from 'fastify'
import Redis from 'ioredis'
import { config } from './config.js'
import { repondre, type Turn } from './llm/mistral.js'
import { envoyerTexte } from './channels/d360.js'

const app = Fastify({ logger: true })
const redis = new Redis(config.redisUrl)

async function dossier(numero: string) {
  const r = await fetch(`${process.env.SINISTRES_API}/dossiers?contrat=${encodeURIComponent(numero)}`, {
    headers: { 'x-api-key': process.env.SINISTRES_API_KEY ?? '' },
  })
  return r.ok ? r.json() : { erreur: 'dossier introuvable' }
}

app.post('/webhooks/360dialog', async (req, reply) => {
  const body: any = req.body
  const value = body?.entry?.[0]?.changes?.[0]?.value
  const msg = value?.messages?.[0]
  if (!msg || msg.type !== 'text') return reply.send({ ok: true })

  const key = `conv:${msg.from}`
  const hist: Turn[] = JSON.parse((await redis.get(key)) ?? '[]')
  hist.push({ role: 'user', content: msg.text.body })

  const texte = await repondre(hist.slice(-12), dossier)
  hist.push({ role: 'assistant', content: texte })
  await redis.set(key, JSON.stringify(hist.slice(-30)), 'EX', 60 * 60 * 24)
  await envoyerTexte(msg.from, texte)
  return reply.send({ ok: true })
})

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' })
