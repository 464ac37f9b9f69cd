import axios from "axios";

const fd = axios.create({
  baseURL: `https://${process.env.FRESHDESK_DOMAIN}.freshdesk.com/api/v2`,
  auth: { username: process.env.FRESHDESK_API_KEY ?? "", password: "X" },
});

export async function escalateToAgent(waId: string, name: string, summary: string): Promise<string> {
  const { data } = await fd.post("/tickets", {
    subject: `WhatsApp escalation – ${name}`,
    description: summary,
    phone: `+${waId}`,
    name,
    priority: 3,
    status: 2,
    source: 13,
    group_id: Number(process.env.FRESHDESK_WA_GROUP_ID),
    tags: ["whatsapp", "bot-escalation"],
  });
  return (
    `I've passed this to our support team (ticket #${data.id}). A KudiPal agent will reply in this chat, ` +
    `usually within 15 minutes, 7am–10pm daily. You can also call 0201 888 4400.`
  );
}

export async function openDispute(waId: string, reference: string): Promise<string> {
  const { data } = await fd.post("/tickets", {
    subject: `Transfer dispute ${reference}`,
    description: `Dispute raised via WhatsApp bot for ${waId}`,
    phone: `+${waId}`,
    priority: 2,
    status: 2,
    tags: ["dispute"],
  });
  return `Dispute logged as #${data.id}. Reversals take up to 3 working days.`;
}
