import axios from 'axios';

const wati = axios.create({
  baseURL: `${process.env.WATI_HOST}/${process.env.WATI_TENANT_ID}`,
  headers: { Authorization: `Bearer ${process.env.WATI_TOKEN}` },
});

export async function sendSessionMessage(waId, text) {
  await wati.post(`/api/v1/sendSessionMessage/${waId}`, null, { params: { messageText: text } });
}

// assigns the chat to a specific operator; WATI stops routing it to the bot webhook flow
export async function assignOperator(waId, email) {
  await wati.post('/api/v1/assignOperator', null, { params: { email, whatsappNumber: waId } });
}
