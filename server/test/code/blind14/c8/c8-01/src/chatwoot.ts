// Thin wrapper around the Chatwoot application API. The WhatsApp inbox in
// Chatwoot mirrors every conversation, so we look the conversation up by phone.
const base = () =>
  `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`;

const headers = () => ({
  api_access_token: process.env.CHATWOOT_API_TOKEN ?? "",
  "Content-Type": "application/json",
});

async function findConversationId(phone: string): Promise<number | null> {
  const r = await fetch(`${base()}/contacts/search?q=${encodeURIComponent("+" + phone)}`, {
    headers: headers(),
  });
  const data = (await r.json()) as any;
  const contactId = data?.payload?.[0]?.id;
  if (!contactId) return null;
  const c = await fetch(`${base()}/contacts/${contactId}/conversations`, { headers: headers() });
  const convs = (await c.json()) as any;
  return convs?.payload?.[0]?.id ?? null;
}

export async function handToWorkshop(phone: string, reason: string): Promise<boolean> {
  const id = await findConversationId(phone);
  if (!id) return false;
  await fetch(`${base()}/conversations/${id}/messages`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ content: `Bot handoff: ${reason}`, message_type: "outgoing", private: true }),
  });
  await fetch(`${base()}/conversations/${id}/assignments`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ team_id: Number(process.env.CHATWOOT_WORKSHOP_TEAM_ID) }),
  });
  await fetch(`${base()}/conversations/${id}/toggle_status`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ status: "open" }),
  });
  return true;
}
