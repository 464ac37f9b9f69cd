const { EVOLUTION_API_URL, EVOLUTION_INSTANCE, EVOLUTION_API_KEY } = process.env;

export async function enviarMensagem(numero, texto) {
  await fetch(`${EVOLUTION_API_URL}/message/sendText/${EVOLUTION_INSTANCE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', apikey: EVOLUTION_API_KEY },
    body: JSON.stringify({ number: numero, text: texto, delay: 800 }),
  });
}
