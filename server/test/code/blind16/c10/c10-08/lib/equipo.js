// Grupo "Taberna – Sala" donde están Lola, Curro y el encargado de turno.
const STAFF_GROUP_ID = process.env.STAFF_GROUP_ID || '120363041987612345@g.us';

async function avisarEquipo(client, msg, resumen) {
  const contacto = await msg.getContact();
  const texto = `📣 Cliente pide persona\n${contacto.pushname || ''} (+${msg.from.split('@')[0]})\n"${resumen}"\nContestadle desde el móvil de la Taberna.`;
  await client.sendMessage(STAFF_GROUP_ID, texto);
}

module.exports = { avisarEquipo, STAFF_GROUP_ID };
