import axios from "axios";

// Opens a Freshdesk ticket; the support team replies from Freshdesk's WhatsApp channel.
export async function openTicket(phone: string, lastMessages: string[]) {
  const domain = process.env.FRESHDESK_DOMAIN;
  const key = process.env.FRESHDESK_API_KEY ?? "";
  await axios.post(
    `https://${domain}/api/v2/tickets`,
    {
      subject: `WhatsApp handoff ${phone}`,
      description: lastMessages.join("<br>"),
      phone,
      name: phone,
      priority: 2,
      status: 2,
      source: 7,
      tags: ["whatsapp", "handoff"],
    },
    { auth: { username: key, password: "X" } }
  );
}
