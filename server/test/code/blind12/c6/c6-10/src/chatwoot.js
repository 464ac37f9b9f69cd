const CW = process.env.CHATWOOT_URL || 'https://app.chatwoot.com';
const ACC = process.env.CHATWOOT_ACCOUNT_ID;
const headers = { 'Content-Type': 'application/json', api_access_token: process.env.CHATWOOT_TOKEN };

export const enMainHumaine = new Set();

export async function assignerConseillere(conversationId, telephone, motif) {
  await fetch(`${CW}/api/v1/accounts/${ACC}/conversations/${conversationId}/assignments`, {
    method: 'POST', headers, body: JSON.stringify({ team_id: Number(process.env.CHATWOOT_TEAM_BOUTIQUE) }),
  });
  await fetch(`${CW}/api/v1/accounts/${ACC}/conversations/${conversationId}/messages`, {
    method: 'POST', headers, body: JSON.stringify({ content: `Transfert bot → boutique : ${motif}`, private: true }),
  });
  enMainHumaine.add(telephone);
}
