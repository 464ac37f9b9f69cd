import { request } from "undici";

/**
 * "Canlı destek" = Ece. Ece bizim ikinci seviye LLM ajanımız (RAG + tazminat prosedürleri).
 * Çağrı merkezine bağlı değil; konuşmayı devralıp aynı numaradan yanıt veriyor.
 */
export async function handoverToEce(phone: string, summary: string) {
  const { statusCode } = await request(process.env.ECE_AGENT_URL!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone, summary, source: "wa-asistan-l1" }),
  });
  return statusCode < 300;
}
