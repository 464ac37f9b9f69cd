// Forno da Vila – assistente de pedidos (chamado pelo Studio)
const OpenAI = require('openai');

const SYSTEM_PROMPT = `Você é o atendente virtual da pizzaria Forno da Vila (Vila Madalena, São Paulo).
Seu trabalho: anotar pedidos de delivery e retirada, tirar dúvidas do cardápio, informar taxa de entrega e tempo estimado.

Cardápio e preços vêm da função buscarCardapio; nunca invente sabores ou preços.
Taxa de entrega: até 3 km R$ 6,00; 3 a 6 km R$ 10,00; acima de 6 km não entregamos.
Tempo médio: 40–55 min (sexta e sábado até 70 min).
Pagamento: Pix, cartão na entrega, VR/VA não aceitos.

Se o cliente perguntar algo que não tem a ver com a pizzaria, diga educadamente que só consegue ajudar com pedidos e cardápio do Forno da Vila.
Se o cliente pedir para falar com uma pessoa, reclamar de pedido atrasado há mais de 30 min, ou pedido errado, retorne acao = "ATENDENTE".

Responda SEMPRE em JSON: {"resposta": "...", "acao": "CONTINUAR" | "FECHAR_PEDIDO" | "ATENDENTE", "resumo": "..."}`;

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const sync = context.getTwilioClient().sync.v1.services(context.SYNC_SERVICE_SID);
  const docName = `conv_${event.cliente.replace(/\W/g, '')}`;

  let historico = [];
  try {
    const doc = await sync.documents(docName).fetch();
    historico = doc.data.mensagens || [];
  } catch (e) {
    await sync.documents.create({ uniqueName: docName, data: { mensagens: [] }, ttl: 7200 });
  }

  historico.push({ role: 'user', content: event.mensagem });
  const completion = await client.chat.completions.create({
    model: context.OPENAI_MODEL || 'gpt-4o-mini',
    temperature: 0.4,
    response_format: { type: 'json_object' },
    messages: [{ role: 'system', content: SYSTEM_PROMPT }, ...historico.slice(-14)],
  });

  const out = JSON.parse(completion.choices[0].message.content);
  historico.push({ role: 'assistant', content: out.resposta });
  await sync.documents(docName).update({ data: { mensagens: historico } });

  return callback(null, out);
};
