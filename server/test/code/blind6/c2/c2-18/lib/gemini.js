const API = 'https://generativelanguage.googleapis.com/v1beta/models';

async function preguntar(historial, texto) {
  const modelo = process.env.GEMINI_MODEL || 'gemini-1.5-flash';
  const contents = [...historial, { role: 'user', parts: [{ text: texto }] }];

  const r = await fetch(`${API}/${modelo}:generateContent?key=${process.env.GEMINI_API_KEY}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      contents,
      generationConfig: { temperature: 0.9, maxOutputTokens: 1024 },
    }),
  });
  const json = await r.json();
  const respuesta = json.candidates?.[0]?.content?.parts?.map((p) => p.text).join('') || 'No tengo respuesta 🤷';
  historial.push({ role: 'user', parts: [{ text: texto }] }, { role: 'model', parts: [{ text: respuesta }] });
  return respuesta;
}

module.exports = { preguntar };
