const base = () =>
  `https://graph.facebook.com/${process.env.GRAPH_VERSION ?? "v21.0"}/${process.env.WA_PHONE_NUMBER_ID}/messages`;

export async function enviarTexto(to: string, body: string) {
  const res = await fetch(base(), {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.WA_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to,
      type: "text",
      text: { preview_url: false, body },
    }),
  });
  if (!res.ok) console.error("WA send error", res.status, await res.text());
}

export async function marcarLeido(messageId: string) {
  await fetch(base(), {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", status: "read", message_id: messageId }),
  });
}
