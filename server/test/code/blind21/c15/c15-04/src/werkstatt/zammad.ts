// Vorbereitet für die Serviceannahme – wird nur genutzt, wenn HANDOFF_ENABLED=true.
export async function ticketAnlegen(telefon: string, grund: string) {
  const r = await fetch(`${process.env.ZAMMAD_URL}/api/v1/tickets`, {
    method: "POST",
    headers: { Authorization: `Token token=${process.env.ZAMMAD_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      title: `WhatsApp-Rückfrage ${telefon}`,
      group: "Serviceannahme",
      customer_id: `guess:${telefon}@whatsapp.local`,
      article: { subject: "WhatsApp", body: grund, type: "note", internal: true },
    }),
  });
  return { ok: r.ok };
}
