const axios = require('axios');
const qs = require('querystring');

async function sendText(destination, text) {
  return axios.post(
    'https://api.gupshup.io/wa/api/v1/msg',
    qs.stringify({
      channel: 'whatsapp',
      source: process.env.GUPSHUP_SOURCE,
      destination,
      'src.name': process.env.GUPSHUP_APP_NAME,
      message: JSON.stringify({ type: 'text', text }),
    }),
    { headers: { apikey: process.env.GUPSHUP_API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' } }
  );
}

module.exports = { sendText };
