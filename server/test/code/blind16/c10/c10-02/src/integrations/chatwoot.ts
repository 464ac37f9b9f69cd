import axios from 'axios';

const cw = axios.create({
  baseURL: `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`,
  headers: { api_access_token: process.env.CHATWOOT_TOKEN ?? '' },
});

export async function findOrCreateConversation(phone: string): Promise<number> {
  const { data } = await cw.post('/conversations/filter', {
    payload: [{ attribute_key: 'phone_number', filter_operator: 'equal_to', values: [phone] }],
  });
  if (data.payload?.length) return data.payload[0].id;
  const created = await cw.post('/conversations', {
    source_id: phone,
    inbox_id: Number(process.env.CHATWOOT_INBOX_ID),
    contact: { phone_number: `+${phone}` },
  });
  return created.data.id;
}

export async function assignToHumanTeam(conversationId: number, summary: string) {
  await cw.post(`/conversations/${conversationId}/messages`, { content: summary, message_type: 'outgoing', private: true });
  await cw.post(`/conversations/${conversationId}/assignments`, { team_id: Number(process.env.CHATWOOT_TEAM_SAC) });
  await cw.post(`/conversations/${conversationId}/toggle_status`, { status: 'open' });
}
