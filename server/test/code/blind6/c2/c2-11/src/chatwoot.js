const axios = require('axios');

const cw = axios.create({
  baseURL: `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`,
  headers: { api_access_token: process.env.CHATWOOT_TOKEN },
});

// Evolution API syncs every WhatsApp chat into Chatwoot; we look it up by phone
async function abrirParaRecepcion(telefono, motivo) {
  const { data } = await cw.get('/contacts/search', { params: { q: telefono } });
  const contacto = data.payload[0];
  if (!contacto) return false;
  const convs = await cw.get(`/contacts/${contacto.id}/conversations`);
  const conv = convs.data.payload[0];
  await cw.post(`/conversations/${conv.id}/toggle_status`, { status: 'open' });
  await cw.post(`/conversations/${conv.id}/messages`, {
    content: `🤖➡️👤 Derivado por el bot: ${motivo}`,
    message_type: 'outgoing',
    private: true,
  });
  return true;
}

module.exports = { abrirParaRecepcion };
