const express = require('express');
const axios = require('axios');
const fs = require('fs');
const { gerarResposta } = require('./llm');

const ZAPI = `https://api.z-api.io/instances/${process.env.ZAPI_INSTANCE}/token/${process.env.ZAPI_TOKEN}`;
const conversas = {};
const app = express();
app.use(express.json());

async function enviar(phone, message) {
  await axios.post(`${ZAPI}/send-text`, { phone, message }, { headers: { 'Client-Token': process.env.ZAPI_CLIENT_TOKEN } });
}

app.post('/zapi/recebido', async (req, res) => {
  res.sendStatus(200);
  const { phone, fromMe, isGroup, text } = req.body || {};
  if (fromMe || isGroup || !text?.message) return;
  conversas[phone] = conversas[phone] || [];
  conversas[phone].push({ role: 'user', content: text.message });
  const imoveis = fs.readFileSync(__dirname + '/../data/imoveis.json', 'utf8');
  const resposta = await gerarResposta(conversas[phone].slice(-10), imoveis);
  conversas[phone].push({ role: 'assistant', content: resposta });
  await enviar(phone, resposta);
});

app.listen(process.env.PORT || 3001, () => console.log('Casa Norte bot on'));
