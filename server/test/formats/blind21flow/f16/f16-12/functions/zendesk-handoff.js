// Twilio Function: /zendesk-handoff — ouvre un ticket dans le groupe "WhatsApp conseillers".
// Les conseillers répondent depuis Zendesk ; la réponse repart sur WhatsApp via l'intégration Sunshine Conversations.
exports.handler = async function (context, event, callback) {
  const auth = Buffer.from(`${context.ZD_EMAIL}/token:${context.ZD_TOKEN}`).toString('base64');
  const res = await fetch(`https://${context.ZD_SUBDOMAIN}.zendesk.com/api/v2/tickets.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${auth}` },
    body: JSON.stringify({
      ticket: {
        subject: `WhatsApp – ${event.adherent_tel}`,
        comment: { body: `Question non résolue par l'assistant : ${event.derniere_question}` },
        group_id: Number(context[`ZD_GROUP_${event.groupe_zendesk.toUpperCase()}`]),
        via: { channel: 'whatsapp' },
        requester: { name: event.adherent_tel, phone: event.adherent_tel },
        tags: ['whatsapp', 'handoff_bot'],
      },
    }),
  });
  callback(null, { ok: res.ok });
};
