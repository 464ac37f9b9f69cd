const axios = require('axios');

const base = `https://api.green-api.com/waInstance${process.env.ID_INSTANCE}`;
const token = process.env.API_TOKEN_INSTANCE;

async function sendMessage(chatId, message) {
  await axios.post(`${base}/sendMessage/${token}`, { chatId, message });
}

module.exports = { sendMessage };
