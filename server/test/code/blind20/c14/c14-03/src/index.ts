import 'dotenv/config'
import { Client, LocalAuth, Message } from 'whatsapp-web.js'
import qrcode from 'qrcode-terminal'
import { responder } from './bot/claude'
import { inventarioResumen } from './bot/inventario'

const ETIQUETA = '[PASAR_A_FARMACEUTICO]'
const MOSTRADOR = process.env.MOSTRADOR_GROUP_ID!

const client = new Client({
  authStrategy: new LocalAuth({ clientId: 'farmabajio' }),
  puppeteer: { args: ['--no-sandbox'] },
})

client.on('qr', (qr) => qrcode.generate(qr, { small: true }))
client.on('ready', () => console.log('Fari lista 💊'))

// chats que ya están con un farmacéutico: el bot no contesta
const conHumano = new Set<string>()

client.on('message', async (msg: Message) => {
  if (msg.from === MOSTRADOR) return relayDesdeMostrador(msg)
  if (msg.from.endsWith('@g.us') || msg.type !== 'chat') return

  if (conHumano.has(msg.from)) {
    await client.sendMessage(MOSTRADOR, `📩 ${msg.from.replace('@c.us', '')}: ${msg.body}`)
    return
  }

  const respuesta = await responder(msg.from, msg.body, await inventarioResumen())

  if (respuesta.includes(ETIQUETA)) {
    conHumano.add(msg.from)
    const contacto = await msg.getContact()
    await client.sendMessage(
      MOSTRADOR,
      `🧑‍⚕️ *Cliente pide farmacéutico*\n${contacto.pushname ?? ''} (${msg.from.replace('@c.us', '')})\nÚltimo mensaje: "${msg.body}"\n\nContesten en este grupo empezando con #${msg.from.replace('@c.us', '')} y se le reenvía.`,
    )
    await msg.reply(
      respuesta.replace(ETIQUETA, '').trim() +
        '\n\nYa le avisé a nuestro farmacéutico de turno, en unos minutos le escribe por aquí mismo 🙌',
    )
    return
  }

  await msg.reply(respuesta)
})

// Los farmacéuticos responden en el grupo con "#521477... texto" y se reenvía al cliente
async function relayDesdeMostrador(msg: Message) {
  const m = msg.body.match(/^#(\d{10,15})\s+([\s\S]+)/)
  if (!m) {
    if (msg.body.startsWith('/cerrar ')) conHumano.delete(`${msg.body.split(' ')[1]}@c.us`)
    return
  }
  const [, numero, texto] = m
  await client.sendMessage(`${numero}@c.us`, `👩‍⚕️ Farmacéutico: ${texto}`)
}

client.initialize()
