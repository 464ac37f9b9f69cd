require('dotenv').config();
const venom = require('venom-bot');
const { Mistral } = require('@mistralai/mistralai');
const SYSTEM = require('./prompt');

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const gesprekken = {};

async function vrijeTijden(datum) {
  const r = await fetch(`${process.env.AGENDA_URL}/vrij?datum=${datum}`);
  return r.ok ? r.json() : [];
}

async function antwoord(from, tekst) {
  const hist = (gesprekken[from] = gesprekken[from] || []);
  hist.push({ role: 'user', content: tekst });

  // simpele intent: datum genoemd -> vrije tijden meesturen als context
  const datum = /\b(\d{1,2}-\d{1,2}-\d{4})\b/.exec(tekst)?.[1];
  const extra = datum ? `\nVrije tijden op ${datum}: ${JSON.stringify(await vrijeTijden(datum))}` : '';

  const res = await mistral.chat.complete({
    model: process.env.MISTRAL_MODEL,
    messages: [{ role: 'system', content: SYSTEM + extra }, ...hist.slice(-10)],
    temperature: 0.3,
  });
  const out = res.choices[0].message.content;
  hist.push({ role: 'assistant', content: out });
  return out;
}

venom
  .create({ session: 'fietsdokter', headless: 'new' })
  .then((client) =>
    client.onMessage(async (message) => {
      if (message.isGroupMsg || message.type !== 'chat') return;
      try {
        await client.sendText(message.from, await antwoord(message.from, message.body));
      } catch (e) {
        console.error('fout', e);
      }
    })
  )
  .catch(console.error);
