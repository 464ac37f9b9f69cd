const express = require('express');
const { enviarTexto } = require('./zapi');
const { perguntar } = require('./gemini');

const app = express();
app.use(express.json());

const SECRETARIA = process.env.SECRETARIA_FONE;
const historicos = new Map();
const comSecretaria = new Set();

app.post('/zapi/recebido', async (req, res) => {
  res.sendStatus(200);
  const { phone, fromMe, isGroup, text } = req.body;
  if (fromMe || isGroup || !text?.message) return;
  const msg = text.message.trim();

  if (phone === SECRETARIA && msg.toLowerCase().startsWith('#fim ')) {
    comSecretaria.delete(msg.split(' ')[1]);
    return enviarTexto(SECRETARIA, 'Ok, aluno devolvido para o assistente.');
  }
  if (comSecretaria.has(phone)) return;

  if (msg === '0') {
    comSecretaria.add(phone);
    await enviarTexto(SECRETARIA, `📞 Aluno ${phone} pediu atendimento da secretaria. Responda pelo celular da auto escola. Quando terminar envie: #fim ${phone}`);
    return enviarTexto(phone, 'Beleza! Avisei a secretaria, uma pessoa da equipe vai te responder aqui (seg a sex 8h–18h, sáb 8h–12h).');
  }

  const h = historicos.get(phone) ?? [];
  const resposta = await perguntar(h.slice(-10), msg);
  h.push({ quem: 'Aluno', texto: msg }, { quem: 'Assistente', texto: resposta });
  historicos.set(phone, h);
  await enviarTexto(phone, resposta);
});

app.listen(process.env.PORT || 3000);
