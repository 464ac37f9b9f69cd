require('dotenv').config()
const { Client, LocalAuth } = require('whatsapp-web.js')
const qrcode = require('qrcode-terminal')
const OpenAI = require('openai')
const SYSTEM_PROMPT = require('./prompt')

const openai = new OpenAI()
const client = new Client({ authStrategy: new LocalAuth(), puppeteer: { args: ['--no-sandbox'] } })
const memory = {}

client.on('qr', (qr) => qrcode.generate(qr, { small: true }))
client.on('ready', () => console.log('Padhai Dost ready hai!'))

client.on('message', async (msg) => {
  if (msg.isStatus || msg.from.includes('@g.us')) return
  const chat = await msg.getChat()
  await chat.sendStateTyping()

  memory[msg.from] = (memory[msg.from] || []).concat({ role: 'user', content: msg.body }).slice(-10)
  try {
    const completion = await openai.chat.completions.create({
      model: process.env.MODEL || 'gpt-4o-mini',
      messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...memory[msg.from]],
    })
    const reply = completion.choices[0].message.content
    memory[msg.from].push({ role: 'assistant', content: reply })
    await msg.reply(reply)
  } catch (e) {
    console.error(e)
    await msg.reply('Sorry, abhi thoda issue hai. Thodi der baad try karo 🙏')
  }
})

client.initialize()
