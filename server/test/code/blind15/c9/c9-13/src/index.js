const express = require('express');
const whatsAppClient = require('@green-api/whatsapp-api-client');
const { repondre } = require('./llm');
const { ouvrirTicket } = require('./zendesk');

const api = whatsAppClient.restAPI({ idInstance: process.env.GREEN_ID, apiTokenInstance: process.env.GREEN_TOKEN });
const app = express();
app.use(express.json());

const historiques = new Map();
const enMainHumaine = new Set();

app.post('/greenapi/webhook', async (req, res) => {
  res.sendStatus(200);
  const b = req.body;
  if (b.typeWebhook !== 'incomingMessageReceived') return;
  const chatId = b.senderData.chatId;
  const texte = b.messageData?.textMessageData?.textMessage ?? b.messageData?.extendedTextMessageData?.text;
  if (!texte || enMainHumaine.has(chatId)) return;

  const h = historiques.get(chatId) ?? [];
  h.push({ role: 'user', content: texte });
  const rep = await repondre(h.slice(-12));

  if (rep === 'TRANSFERT' || rep.startsWith('TRANSFERT')) {
    enMainHumaine.add(chatId);
    const id = await ouvrirTicket(chatId, h);
    await api.message.sendMessage(chatId, null,
      `Je transmets votre demande à l'équipe de l'atelier (ticket n° ${id}). Un conseiller vous répond ici même, en général sous 2 h pendant nos horaires d'ouverture.`);
    return;
  }
  h.push({ role: 'assistant', content: rep });
  historiques.set(chatId, h);
  await api.message.sendMessage(chatId, null, rep);
});

// Zendesk trigger calls this when the ticket is solved -> bot takes over again
app.post('/zendesk/solved', (req, res) => {
  enMainHumaine.delete(`${req.body.phone}@c.us`);
  res.sendStatus(204);
});

app.listen(process.env.PORT || 8080);
