require('dotenv').config();
const venom = require('venom-bot');
const { responderCliente } = require('./atendimento');

const NUMERO_ATENDENTE = `${process.env.NUMERO_ATENDENTE}@c.us`;
const PALAVRAS_HUMANO = ['atendente', 'humano', 'falar com alguem', 'falar com alguém', 'pessoa'];
const emAtendimentoHumano = new Set();

venom
  .create({ session: 'pizzaria-bella-napoli', headless: 'new' })
  .then((client) => iniciar(client))
  .catch((erro) => console.error(erro));

function iniciar(client) {
  client.onMessage(async (message) => {
    if (message.isGroupMsg || !message.body) return;
    const texto = message.body.trim();
    const normalizado = texto.toLowerCase();

    if (emAtendimentoHumano.has(message.from)) {
      if (normalizado === '#bot') emAtendimentoHumano.delete(message.from);
      return; // atendente humano está cuidando dessa conversa
    }

    if (PALAVRAS_HUMANO.some((p) => normalizado.includes(p))) {
      emAtendimentoHumano.add(message.from);
      await client.sendText(
        NUMERO_ATENDENTE,
        `🔔 Cliente ${message.notifyName || ''} (${message.from.replace('@c.us', '')}) pediu atendimento humano.`
      );
      await client.sendText(message.from, 'Certo! Já chamei um atendente, ele vai te responder aqui em instantes 😊');
      return;
    }

    try {
      const resposta = await responderCliente(message.from, texto);
      await client.sendText(message.from, resposta);
    } catch (e) {
      console.error(e);
      await client.sendText(message.from, 'Ops, tive um probleminha. Pode repetir?');
    }
  });
}
