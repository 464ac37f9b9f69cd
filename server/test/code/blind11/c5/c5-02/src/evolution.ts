import axios from 'axios';

const evo = axios.create({
  baseURL: process.env.EVOLUTION_URL ?? 'http://localhost:8080',
  headers: { apikey: process.env.EVOLUTION_API_KEY ?? '' },
});
const INSTANCE = process.env.EVOLUTION_INSTANCE ?? 'fornodavila';

export async function sendText(number: string, text: string) {
  await evo.post(`/message/sendText/${INSTANCE}`, { number, text });
}
