require('dotenv').config();
const venom = require('venom-bot');
const systemPrompt = require('./prompt');

async function chiediGPT(testo) {
  const r = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      temperature: 0.5,
      messages: [
        { role: 'system', content: systemPrompt() },
        { role: 'user', content: testo },
      ],
    }),
  });
  if (!r.ok) throw new Error(`OpenAI ${r.status}`);
  const j = await r.json();
  return j.choices[0].message.content;
}

venom
  .create({ session: 'farmacia-sanmarco', headless: 'new' })
  .then((client) => {
    client.onMessage(async (m) => {
      if (m.isGroupMsg || m.type !== 'chat') return;
      try {
        await client.sendText(m.from, await chiediGPT(m.body));
      } catch (err) {
        console.error(err);
        await client.sendText(m.from, 'Ci scusi, al momento non riesco a rispondere. Può chiamarci allo 080 521 4467.');
      }
    });
  })
  .catch(console.error);
