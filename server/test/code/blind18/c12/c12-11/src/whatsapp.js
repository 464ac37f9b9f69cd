const axios = require('axios');

const graph = axios.create({
  baseURL: `https://graph.facebook.com/v21.0/${process.env.PHONE_NUMBER_ID}`,
  headers: { Authorization: `Bearer ${process.env.WHATSAPP_TOKEN}` },
});

exports.sendText = (to, body) =>
  graph.post('/messages', {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'text',
    text: { preview_url: true, body },
  });

exports.markRead = (id) =>
  graph.post('/messages', { messaging_product: 'whatsapp', status: 'read', message_id: id });
