import { request } from "undici";

const base = process.env.KARGO_API_URL;
const headers = { "x-api-key": process.env.KARGO_API_KEY ?? "" };

export async function gonderiSorgula(takipNo: string) {
  const { body, statusCode } = await request(`${base}/shipments/${takipNo}`, { headers });
  if (statusCode === 404) return { bulunamadi: true };
  return body.json();
}

export async function kuryeCagir(adres: string, telefon: string, paketSayisi: number) {
  const { body } = await request(`${base}/pickups`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ adres, telefon, paketSayisi }),
  });
  return body.json();
}
