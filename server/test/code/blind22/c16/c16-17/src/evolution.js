const BASE = process.env.EVOLUTION_URL;

async function sendText(instance, number, text) {
  const r = await fetch(`${BASE}/message/sendText/${instance}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', apikey: process.env.EVOLUTION_APIKEY },
    body: JSON.stringify({ number, text }),
  });
  if (!r.ok) throw new Error(`evolution ${r.status}`);
}

module.exports = { sendText };
