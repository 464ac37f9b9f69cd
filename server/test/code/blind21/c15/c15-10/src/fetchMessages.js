import twilio from "twilio";

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

/** Trae los mensajes entrantes y salientes del número de la inmobiliaria desde `desde`. */
export async function traerConversaciones(desde) {
  const numero = process.env.TWILIO_WHATSAPP_NUMBER;
  const [entrantes, salientes] = await Promise.all([
    client.messages.list({ to: numero, dateSentAfter: desde, limit: 2000 }),
    client.messages.list({ from: numero, dateSentAfter: desde, limit: 2000 }),
  ]);

  const porNumero = new Map();
  for (const m of [...entrantes, ...salientes]) {
    const cliente = m.from === numero ? m.to : m.from;
    if (!porNumero.has(cliente)) porNumero.set(cliente, []);
    porNumero.get(cliente).push({
      quien: m.from === numero ? "inmobiliaria" : "cliente",
      cuando: m.dateSent,
      texto: m.body,
    });
  }
  for (const msgs of porNumero.values()) msgs.sort((a, b) => a.cuando - b.cuando);
  return porNumero;
}
