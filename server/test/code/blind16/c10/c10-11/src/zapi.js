const axios = require('axios');

const zapi = axios.create({
  baseURL: `https://api.z-api.io/instances/${process.env.ZAPI_INSTANCE}/token/${process.env.ZAPI_TOKEN}`,
  headers: { 'Client-Token': process.env.ZAPI_CLIENT_TOKEN },
});

exports.sendText = (phone, message) => zapi.post('/send-text', { phone, message });
