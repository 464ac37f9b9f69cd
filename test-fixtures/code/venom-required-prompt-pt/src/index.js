require('dotenv').config();
const venom = require('venom-bot');
const { responder } = require('./ia');

const ENCOMENDAS = process.env.NUMERO_ENCOMENDAS;
const PEDIDOS_DE_PESSOA = ['humano', 'pessoa', 'atendimento'];

venom.create({ session: 'pao-dourado' }).then((client) =>
  client.onMessage(async (message) => {
    if (message.isGroupMsg) return;
    const texto = (message.body || '').trim();
    if (PEDIDOS_DE_PESSOA.includes(texto.toLowerCase())) {
      await client.sendText(ENCOMENDAS, `Cliente ${message.from} quer falar com alguém da loja.`);
      await client.sendText(message.from, 'Já avisei a equipe da padaria, logo alguém te responde por aqui.');
      return;
    }
    await client.sendText(message.from, await responder(message.from, texto));
  }),
);
