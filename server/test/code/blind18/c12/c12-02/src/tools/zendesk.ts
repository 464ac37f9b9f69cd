import axios from "axios";

const base = `https://${process.env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`;
const auth = {
  username: `${process.env.ZENDESK_EMAIL}/token`,
  password: process.env.ZENDESK_API_TOKEN ?? "",
};

export async function crearTicketFarmaceutico(telefono: string, motivo: string, resumen: string) {
  const { data } = await axios.post(
    `${base}/tickets.json`,
    {
      ticket: {
        subject: `[WhatsApp] ${motivo}`,
        comment: { body: `Cliente: ${telefono}\n\n${resumen}` },
        requester: { name: `WhatsApp ${telefono}`, email: `${telefono.replace(/\D/g, "")}@wa.farmaciassanjorge.mx` },
        group_id: 36011874922, // Atención WhatsApp (mostrador)
        priority: motivo.includes("queja") ? "high" : "normal",
        tags: ["whatsapp", "bot_handoff"],
      },
    },
    { auth }
  );
  return data.ticket.id as number;
}
