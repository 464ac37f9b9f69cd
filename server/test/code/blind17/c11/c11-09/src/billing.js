const BASE = process.env.BILLING_API;

async function balance(contract) {
  const r = await fetch(`${BASE}/contracts/${contract}/balance`);
  if (r.status === 404) return { error: "договор не найден" };
  return r.json();
}

async function createTicket({ contract, type, comment, phone }) {
  const r = await fetch(`${BASE}/tickets`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ contract, type, comment, phone, channel: "whatsapp" }),
  });
  return r.json();
}

module.exports = { balance, createTicket };
