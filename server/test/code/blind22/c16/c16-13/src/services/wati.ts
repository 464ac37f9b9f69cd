import axios from 'axios';

const wati = axios.create({
  baseURL: process.env.WATI_API_URL,
  headers: { Authorization: `Bearer ${process.env.WATI_TOKEN}` },
  timeout: 15000,
});

export async function sendSession(waId: string, text: string) {
  await wati.post(`/api/v1/sendSessionMessage/${waId}`, null, { params: { messageText: text } });
}

export async function assignToHuman(waId: string) {
  await wati.post('/api/v1/assignOperator', null, {
    params: { email: process.env.WATI_OPERATOR_EMAIL, whatsappNumber: waId },
  });
}
