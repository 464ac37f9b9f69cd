import { OTP_TEMPLATE } from "./templates.js";

const API = `https://graph.facebook.com/v21.0/${process.env.WA_PHONE_NUMBER_ID}/messages`;

export async function sendOtpTemplate(msisdn: string, code: string): Promise<string> {
  const r = await fetch(API, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WA_SYSTEM_USER_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to: msisdn,
      type: "template",
      template: {
        name: OTP_TEMPLATE.name,
        language: { code: OTP_TEMPLATE.language },
        components: [
          { type: "body", parameters: [{ type: "text", text: code }] },
          { type: "button", sub_type: "url", index: "0", parameters: [{ type: "text", text: code }] },
        ],
      },
    }),
  });
  const json: any = await r.json();
  if (!r.ok) throw new Error(`graph ${r.status}: ${json?.error?.message}`);
  return json.messages?.[0]?.id;
}
