const BASE = 'https://generativelanguage.googleapis.com/v1beta/models';

async function perguntar(turnos, pergunta) {
  const model = process.env.GEMINI_MODEL || 'gemini-2.0-flash';
  const contents = [...turnos, { role: 'user', parts: [{ text: pergunta }] }];
  const res = await fetch(`${BASE}/${model}:generateContent`, {
  //                ^^^^^ flow/open-domain-llm
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': process.env.GOOGLE_API_KEY },
    body: JSON.stringify({ contents, generationConfig: { maxOutputTokens: 800 } }),
  });
  const data = await res.json();
  return (data.candidates?.[0]?.content?.parts ?? []).map((p) => p.text).join('');
}

module.exports = { perguntar };
