const BASE = `${process.env.WATI_API_URL}/${process.env.WATI_TENANT_ID}`;
const H = { Authorization: `Bearer ${process.env.WATI_TOKEN}` };

export async function mesajGonder(numara: string, metin: string): Promise<void> {
  const url = `${BASE}/api/v1/sendSessionMessage/${numara}?messageText=${encodeURIComponent(metin)}`;
  await fetch(url, { method: "POST", headers: H });
}

export async function temsilciyeAta(numara: string): Promise<void> {
  const email = process.env.WATI_OPERATOR_EMAIL ?? "satis@evmobilya.com.tr";
  await fetch(`${BASE}/api/v1/assignOperator?email=${encodeURIComponent(email)}&whatsappNumber=${numara}`, {
    method: "POST",
    headers: H,
  });
}
