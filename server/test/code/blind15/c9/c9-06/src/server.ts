import express from 'express';
import { sendText } from './waha.js';
import { HORARIO, MENU, PAGAMENTO } from './menu.js';
import { freeText } from './llm.js';

const app = express();
app.use(express.json());

const VENDEDORES_GROUP = process.env.VENDEDORES_GROUP_ID ?? '120363041822739015@g.us';
const emAtendimento = new Set<string>();
const lastResponse = new Map<string, string>();

async function statusPedido(chatId: string) {
  const r = await fetch(`${process.env.ERP_URL}/pedidos/ultimo?telefone=${chatId.split('@')[0]}`);
  if (!r.ok) return 'Não encontrei pedido para este número. Me mande o número do pedido (ex: PV-20931).';
  const p = await r.json();
  return `Pedido ${p.numero}: ${p.status} (atualizado ${p.atualizadoEm}).`;
}

app.post('/waha/webhook', async (req, res) => {
  res.sendStatus(200);
  const { event, payload } = req.body;
  if (event !== 'message' || payload.fromMe) return;
  const chatId: string = payload.from;
  const body: string = (payload.body ?? '').trim();

  if (emAtendimento.has(chatId)) {
    if (body.toLowerCase() === '#bot') emAtendimento.delete(chatId);
    return;
  }

  switch (body) {
    case '':
    case 'oi':
    case 'menu':
      return sendText(chatId, MENU);
    case '1':
      return sendText(chatId, HORARIO);
    case '2':
      return sendText(chatId, await statusPedido(chatId));
    case '3':
      return sendText(chatId, PAGAMENTO);
    case '0':
      emAtendimento.add(chatId);
      await sendText(VENDEDORES_GROUP, `📞 Cliente wa.me/${chatId.split('@')[0]} pediu vendedor. Quem pegar responde direto pra ele.`);
      return sendText(chatId, 'Beleza! Um vendedor já vai te chamar aqui mesmo. ⏳');
    default: {
      const out = await freeText(body, lastResponse.get(chatId));
      lastResponse.set(chatId, out.id);
      return sendText(chatId, out.text);
    }
  }
});

app.listen(8088);
