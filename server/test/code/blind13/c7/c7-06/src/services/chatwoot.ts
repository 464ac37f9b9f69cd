import axios from 'axios';

const cw = axios.create({
  baseURL: `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`,
  headers: { api_access_token: process.env.CHATWOOT_TOKEN ?? '' },
});
const INBOX = Number(process.env.CHATWOOT_INBOX_ID);
const TEAM_MOSTRADOR = Number(process.env.CHATWOOT_TEAM_ID ?? 2);

export const enHumano = new Set<string>();

export async function pasarAHumano(numero: string, nombre: string, ultimo: string) {
  const { data: search } = await cw.get('/contacts/search', { params: { q: numero } });
  let contactId = search.payload?.[0]?.id;
  if (!contactId) {
    const { data } = await cw.post('/contacts', { inbox_id: INBOX, name: nombre, phone_number: `+${numero}` });
    contactId = data.payload.contact.id;
  }
  const { data: conv } = await cw.post('/conversations', {
    inbox_id: INBOX,
    contact_id: contactId,
    status: 'open',
    team_id: TEAM_MOSTRADOR,
    message: { content: `Cliente pidió hablar con una persona. Último mensaje: "${ultimo}"` },
  });
  await cw.post(`/conversations/${conv.id}/labels`, { labels: ['whatsapp-bot', 'handoff'] });
  enHumano.add(numero);
}
