const axios = require('axios');

const graph = axios.create({
  baseURL: `https://graph.facebook.com/${process.env.GRAPH_VERSION || 'v20.0'}/${process.env.PHONE_NUMBER_ID}`,
  headers: { Authorization: `Bearer ${process.env.WHATSAPP_TOKEN}` },
});

async function sendText(to, body) {
  await graph.post('/messages', {
    messaging_product: 'whatsapp',
    to,
    type: 'text',
    text: { preview_url: true, body },
  });
}

module.exports = { sendText };
