const express = require('express');
const { Ollama } = require('ollama');
const PERSONA = require('./persona');
const { enviarTexto } = require('./zapi');

const ollama = new Ollama({ host: process.env.OLLAMA_HOST || 'http://127.0.0.1:11434' });
const app = express();
app.use(express.json());

const conversas = {};

app.post('/zapi/on-message', async (req, res) => {
  res.sendStatus(200);
  const m = req.body;
  if (m.fromMe || m.isGroup || !m.text?.message) return;
  const phone = m.phone;
  conversas[phone] = conversas[phone] || [];
  conversas[phone].push({ role: 'user', content: m.text.message });

  const r = await ollama.chat({
    model: process.env.OLLAMA_MODEL || 'llama3.1:8b',
    messages: [{ role: 'system', content: PERSONA }, ...conversas[phone].slice(-20)],
    options: { temperature: 0.8 },
  });
  conversas[phone].push(r.message);
  await enviarTexto(phone, r.message.content);
});

app.listen(process.env.PORT || 3333, () => console.log('Lia on'));
