require('dotenv').config()
const express = require('express')
const whatsAppClient = require('@green-api/whatsapp-api-client')
const Groq = require('groq-sdk')
const SYSTEM = require('./prompt')

const restAPI = whatsAppClient.restAPI({ idInstance: process.env.GREEN_ID_INSTANCE, apiTokenInstance: process.env.GREEN_API_TOKEN })
const groq = new Groq()
const app = express()
app.use(express.json())

app.post('/green-webhook', async (req, res) => {
  res.sendStatus(200)
  const b = req.body
  if (b.typeWebhook !== 'incomingMessageReceived') return
  const chatId = b.senderData.chatId
  const text = b.messageData?.textMessageData?.textMessage
  if (!text) return

  const out = await groq.chat.completions.create({
    model: 'llama-3.3-70b-versatile',
    messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: text }],
  })
  let answer = out.choices[0].message.content

  if (answer.includes('[[OPERATORE]]')) {
    answer = answer.replace('[[OPERATORE]]', '').trim()
    await restAPI.message.sendMessage(process.env.RECEPTION_CHAT_ID, null, `Ospite ${chatId} chiede un operatore: "${text}"`)
  }
  await restAPI.message.sendMessage(chatId, null, answer)
})

app.listen(8000)
