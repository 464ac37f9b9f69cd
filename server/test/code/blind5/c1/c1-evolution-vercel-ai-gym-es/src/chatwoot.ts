const { CHATWOOT_URL, CHATWOOT_ACCOUNT_ID, CHATWOOT_INBOX_ID, CHATWOOT_TOKEN } = process.env;

async function cw(path: string, body: unknown) {
  const r = await fetch(`${CHATWOOT_URL}/api/v1/accounts/${CHATWOOT_ACCOUNT_ID}${path}`, {
    method: 'POST',
    headers: { api_access_token: CHATWOOT_TOKEN!, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return r.json();
}

export async function abrirConversacionHumana(telefono: string, motivo: string) {
  const contacto = await cw('/contacts', { inbox_id: Number(CHATWOOT_INBOX_ID), phone_number: `+${telefono}`, name: telefono });
  const conv = await cw('/conversations', {
    source_id: contacto.payload?.contact_inbox?.source_id,
    inbox_id: Number(CHATWOOT_INBOX_ID),
    contact_id: contacto.payload?.contact?.id,
    status: 'open',
  });
  await cw(`/conversations/${conv.id}/messages`, { content: `Escalado por el bot: ${motivo}`, message_type: 'outgoing', private: true });
  return conv.id as number;
}
