import 'dotenv/config'
import venom from 'venom-bot'
import { Ollama } from 'ollama'
import { systemPrompt } from './systemPrompt.js'
import produits from './produits.json' with { type: 'json' }

const ollama = new Ollama({ host: process.env.OLLAMA_HOST })
const echecs = new Map()
const PAS_COMPRIS = /reformuler|pas compris|je ne suis pas sûr/i

function messageHumain() {
  const n = process.env.NUMERO_BOUTIQUE
  return `Désolé de ne pas réussir à vous aider 😕 Camille, à la boutique, vous répond directement ici : https://wa.me/${n}`
}

venom.create({ session: 'fournil', headless: 'new' }).then((client) => {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || message.type !== 'chat') return

    const res = await ollama.chat({
      model: process.env.OLLAMA_MODEL,
      messages: [
        { role: 'system', content: systemPrompt + '\n\nFiches produits :\n' + JSON.stringify(produits) },
        { role: 'user', content: message.body },
      ],
    })
    const texte = res.message.content

    const n = PAS_COMPRIS.test(texte) ? (echecs.get(message.from) ?? 0) + 1 : 0
    echecs.set(message.from, n)
    if (n >= 2) {
      echecs.set(message.from, 0)
      await client.sendText(message.from, messageHumain())
      return
    }
    await client.sendText(message.from, texte)
  })
})
