import { request } from 'undici';
import { TEMPLATES, TemplateKey } from './templates';

const URL = `https://graph.facebook.com/v22.0/${process.env.WA_PHONE_NUMBER_ID}/messages`;

export async function sendTemplate(to: string, key: TemplateKey, params: string[]) {
  const t = TEMPLATES[key];
  const { statusCode, body } = await request(URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.WA_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: {
        name: t.name,
        language: { code: t.language },
        components: [{ type: 'body', parameters: params.map((text) => ({ type: 'text', text })) }],
      },
    }),
  });
  if (statusCode >= 300) throw new Error(`cloud api ${statusCode}: ${await body.text()}`);
  return body.json();
}
