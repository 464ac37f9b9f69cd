// TODO(juli): conectar con el CRM nuevo (Kommo) cuando lo terminen de configurar.
// Por ahora solo avisamos al cliente.
module.exports = async function derivar(waId, send) {
  console.log(`[derivar] ${waId} pidió un asesor`);
  await send(waId, 'Perfecto 👌 Un asesor te va a escribir por acá a la brevedad.');
};
