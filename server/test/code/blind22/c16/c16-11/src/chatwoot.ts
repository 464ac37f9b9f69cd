const BASE = `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT}`;
const H = { 'Content-Type': 'application/json', api_access_token: process.env.CHATWOOT_TOKEN ?? '' };

export async function escalate(conversationId: number, note: string): Promise<void> {
  await fetch(`${BASE}/conversations/${conversationId}/messages`, {
    method: 'POST', headers: H, body: JSON.stringify({ content: note, private: true }),
  });
  await fetch(`${BASE}/conversations/${conversationId}/assignments`, {
    method: 'POST', headers: H, body: JSON.stringify({ team_id: Number(process.env.CHATWOOT_CS_TEAM ?? 1) }),
  });
  await fetch(`${BASE}/conversations/${conversationId}/toggle_status`, {
    method: 'POST', headers: H, body: JSON.stringify({ status: 'open' }),
  });
}
