import axios from 'axios';

const cw = axios.create({
  baseURL: `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`,
  headers: { api_access_token: process.env.CHATWOOT_TOKEN ?? '' },
});

// Conversations created by the Evolution<->Chatwoot integration start as "pending" (bot).
// Opening them puts them in the balcão team's queue.
export async function handToTeam(conversationId: number, reason: string) {
  await cw.post(`/conversations/${conversationId}/messages`, {
    content: `🤖 Vivi: transferindo para atendimento humano (${reason})`,
    message_type: 'outgoing',
    private: true,
  });
  await cw.post(`/conversations/${conversationId}/toggle_status`, { status: 'open' });
  await cw.post(`/conversations/${conversationId}/assignments`, { team_id: Number(process.env.CHATWOOT_TEAM_BALCAO ?? 2) });
}

export async function findConversationId(phone: string): Promise<number | null> {
  const { data } = await cw.get('/contacts/search', { params: { q: phone } });
  const contact = data.payload?.[0];
  if (!contact) return null;
  const conv = await cw.get(`/contacts/${contact.id}/conversations`);
  return conv.data.payload?.[0]?.id ?? null;
}
