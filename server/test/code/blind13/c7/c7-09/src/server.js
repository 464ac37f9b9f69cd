import Fastify from 'fastify';
import axios from 'axios';
import { sistema } from './prompt.js';
import { contexto } from './dados.js';

const app = Fastify({ logger: true });
const ZAPI = `https://api.z-api.io/instances/${process.env.ZAPI_INSTANCE}/token/${process.env.ZAPI_TOKEN}`;
const zapiHeaders = { 'Client-Token': process.env.ZAPI_CLIENT_TOKEN };
const RECEPCAO = process.env.RECEPCAO_FONE; // celular da recepção Savassi
const comRecepcao = new Map(); // telefone -> timestamp

async function enviar(phone, message) {
  await axios.post(`${ZAPI}/send-text`, { phone, message }, { headers: zapiHeaders });
}

async function llm(system, historico) {
  const { data } = await axios.post(
    'https://openrouter.ai/api/v1/chat/completions',
    { model: 'openai/gpt-4o-mini', messages: [{ role: 'system', content: system }, ...historico] },
    { headers: { Authorization: `Bearer ${process.env.OPENROUTER_KEY}`, 'X-Title': 'Forma Viva WA' } },
  );
  return data.choices[0].message.content;
}

const historicos = new Map();

app.post('/zapi/recebido', async (req) => {
  const b = req.body;
  if (b.fromMe || b.isGroup || !b.text?.message) return { ok: true };
  const phone = b.phone;
  const texto = b.text.message.trim();

  const desde = comRecepcao.get(phone);
  if (desde && Date.now() - desde < 4 * 3600e3) return { ok: true };

  if (texto === '0') {
    comRecepcao.set(phone, Date.now());
    await enviar(RECEPCAO, `📲 ${b.senderName ?? phone} (${phone}) pediu atendimento da recepção pelo WhatsApp.`);
    await enviar(phone, 'Certo! Avisei a recepção, alguém vai continuar com você por aqui em instantes (seg–sex 6h–22h, sáb 8h–14h).');
    return { ok: true };
  }

  const h = historicos.get(phone) ?? [];
  h.push({ role: 'user', content: texto });
  const resposta = await llm(sistema(await contexto(phone)), h.slice(-8));
  h.push({ role: 'assistant', content: resposta });
  historicos.set(phone, h);
  await enviar(phone, resposta);
  return { ok: true };
});

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
