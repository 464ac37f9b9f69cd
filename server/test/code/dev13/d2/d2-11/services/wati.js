const axios = require('axios');

const BASE = `${process.env.WATI_URL}/${process.env.WATI_TENANT}`;
const auth = { Authorization: `Bearer ${process.env.WATI_TOKEN}` };

async function sendText(waId, text) {
  await axios.post(`${BASE}/api/v1/sendSessionMessage/${waId}`, null, { params: { messageText: text }, headers: auth });
}

/** Gives the chat to a coach in the WATI team inbox; the bot no longer answers it. */
async function giveToCoach(waId) {
  await axios.post(`${BASE}/api/v1/assignOperator`, null, {
    params: { email: process.env.COACH_EMAIL, whatsappNumber: waId },
    headers: auth,
  });
}

module.exports = { sendText, giveToCoach };
