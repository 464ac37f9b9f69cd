// Integración con la bandeja de Chatwoot donde trabajan los asesores.
// Cada conversación de WhatsApp tiene su espejo en Chatwoot (inbox "API - WhatsApp").
const cw = (path: string) =>
  `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}${path}`;

const headers = {
  "Content-Type": "application/json",
  api_access_token: process.env.CHATWOOT_API_TOKEN ?? "",
};

export async function buscarConversacion(telefono: string): Promise<number | null> {
  const r = await fetch(cw(`/contacts/search?q=${encodeURIComponent("+" + telefono)}`), { headers });
  const data = await r.json();
  const contacto = data?.payload?.[0];
  if (!contacto) return null;
  const c = await fetch(cw(`/contacts/${contacto.id}/conversations`), { headers });
  const conv = await c.json();
  return conv?.payload?.[0]?.id ?? null;
}

/** Pasa la conversación al equipo humano: la abre, la asigna al equipo y deja una nota privada. */
export async function escalarAHumano(telefono: string, resumen: string) {
  const id = await buscarConversacion(telefono);
  if (!id) throw new Error("conversación no encontrada en Chatwoot");

  await fetch(cw(`/conversations/${id}/messages`), {
    method: "POST",
    headers,
    body: JSON.stringify({ content: `🤖 Resumen del bot: ${resumen}`, private: true, message_type: "outgoing" }),
  });
  await fetch(cw(`/conversations/${id}/assignments`), {
    method: "POST",
    headers,
    body: JSON.stringify({ team_id: Number(process.env.CHATWOOT_TEAM_ID) }),
  });
  await fetch(cw(`/conversations/${id}/toggle_status`), {
    method: "POST",
    headers,
    body: JSON.stringify({ status: "open" }),
  });
  return id;
}
