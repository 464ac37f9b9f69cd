const { EVOLUTION_URL, EVOLUTION_INSTANCE, EVOLUTION_APIKEY } = process.env;

export async function enviarTexto(number, text) {
  await fetch(`${EVOLUTION_URL}/message/sendText/${EVOLUTION_INSTANCE}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', apikey: EVOLUTION_APIKEY },
    body: JSON.stringify({ number, text }),
  });
}
