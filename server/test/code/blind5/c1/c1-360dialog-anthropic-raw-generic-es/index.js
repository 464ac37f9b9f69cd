require('dotenv').config();
const express = require('express');
const axios = require('axios');
const { preguntar } = require('./claude');

const app = express();
app.use(express.json());
const chats = {};

function enviarWhatsApp(to, body) {
  return axios.post(
    'https://waba-v2.360dialog.io/messages',
    { messaging_product: 'whatsapp', to, type: 'text', text: { body } },
    { headers: { 'D360-API-KEY': process.env.D360_API_KEY } }
  );
}

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const value = req.body.entry && req.body.entry[0].changes[0].value;
  if (!value || !value.messages) return;

  for (const msg of value.messages) {
    if (msg.type !== 'text') continue;
    const historial = (chats[msg.from] = chats[msg.from] || []);
    historial.push({ role: 'user', content: msg.text.body });
    try {
      const respuesta = await preguntar(historial.slice(-10));
      historial.push({ role: 'assistant', content: respuesta });
      await enviarWhatsApp(msg.from, respuesta);
    } catch (e) {
      console.error(e.response ? e.response.data : e);
    }
  }
});

app.listen(process.env.PORT || 3000, () => console.log('Webhook 360dialog escuchando'));
