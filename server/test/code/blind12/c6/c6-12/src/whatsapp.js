const GRAPH = 'https://graph.facebook.com/v21.0';

async function sendOtpTemplate(to, code) {
  const res = await fetch(`${GRAPH}/${process.env.WA_PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_SYSTEM_USER_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: {
        name: 'pagoya_login_code',
        language: { code: 'es_MX' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: code }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: code }] },
        ],
      },
    }),
  });
  if (!res.ok) throw new Error(`WA send failed ${res.status}: ${await res.text()}`);
  return res.json();
}

module.exports = { sendOtpTemplate };
