import axios from "axios";

const api = axios.create({
  baseURL: process.env.EVOLUTION_URL ?? "http://localhost:8080",
  headers: { apikey: process.env.EVOLUTION_APIKEY ?? "" },
});
const INSTANCIA = process.env.EVOLUTION_INSTANCE ?? "acai-praia";

export async function enviarTexto(numero: string, texto: string) {
  await api.post(`/message/sendText/${INSTANCIA}`, { number: numero, text: texto, delay: 800 });
}
