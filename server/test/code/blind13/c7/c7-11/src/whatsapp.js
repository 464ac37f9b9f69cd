const axios = require('axios');

const GRAPH = `https://graph.facebook.com/v21.0/${process.env.WA_PHONE_NUMBER_ID}/messages`;

async function sendOtpTemplate(to, code, lang = 'en') {
  return axios.post(
    GRAPH,
    {
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: {
        name: 'kirana_login_otp',
        language: { code: lang },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: code }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
        ],
      },
    },
    { headers: { Authorization: `Bearer ${process.env.WA_TOKEN}` }, timeout: 5000 },
  );
}

module.exports = { sendOtpTemplate };
