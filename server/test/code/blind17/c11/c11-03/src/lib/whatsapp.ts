import { config } from "./config.js";

export async function sendText(to: string, body: string) {
  const url = `https://graph.facebook.com/v21.0/${config.phoneNumberId}/messages`;
  const res = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${config.waToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to, type: "text", text: { body } }),
  });
  if (!res.ok) console.error("WA send failed", res.status, await res.text());
}
