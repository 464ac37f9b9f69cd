const URL = "https://waba-v2.360dialog.io/messages";

export async function gonder(to, body) {
  const r = await fetch(URL, {
    method: "POST",
    headers: { "D360-API-KEY": process.env.D360_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", to, type: "text", text: { body } }),
  });
  if (!r.ok) console.error("360dialog", r.status, await r.text());
}
