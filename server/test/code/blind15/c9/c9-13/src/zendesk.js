const axios = require('axios');

const zd = axios.create({
  baseURL: `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`,
  auth: { username: `${process.env.ZENDESK_EMAIL}/token`, password: process.env.ZENDESK_TOKEN },
});

async function ouvrirTicket(chatId, historique) {
  const transcript = historique.map((m) => `${m.role === 'user' ? 'Client' : 'Bot'}: ${m.content}`).join('\n');
  const { data } = await zd.post('/tickets', {
    ticket: {
      subject: `WhatsApp – demande conseiller (${chatId.replace('@c.us', '')})`,
      comment: { body: transcript },
      tags: ['whatsapp', 'handoff'],
      group_id: Number(process.env.ZENDESK_GROUP_ATELIER),
      priority: 'normal',
    },
  });
  return data.ticket.id;
}

module.exports = { ouvrirTicket };
