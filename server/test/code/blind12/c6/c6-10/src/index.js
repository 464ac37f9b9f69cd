import express from 'express';
import { Mistral } from '@mistralai/mistralai';
import { CONSIGNES } from './consignes.js';
import { assignerConseillere, enMainHumaine } from './chatwoot.js';

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const GRAPH = `https://graph.facebook.com/v20.0/${process.env.WA_PHONE_ID}/messages`;
const fils = new Map();
const app = express();
app.use(express.json());

const tools = [{
  type: 'function',
  function: {
    name: 'transfer_to_human',
    description: "Passe la conversation à une vendeuse de la boutique.",
    parameters: { type: 'object', properties: { motif: { type: 'string' } }, required: ['motif'] },
  },
}];

async function envoyer(to, body) {
  await fetch(GRAPH, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
}

app.get('/webhook', (req, res) =>
  req.query['hub.verify_token'] === process.env.WA_VERIFY ? res.send(req.query['hub.challenge']) : res.sendStatus(403));

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const m = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!m || m.type !== 'text' || enMainHumaine.has(m.from)) return;

  const fil = fils.get(m.from) ?? [];
  fil.push({ role: 'user', content: m.text.body });
  const r = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: CONSIGNES }, ...fil.slice(-12)],
    tools,
  });
  const choix = r.choices[0].message;
  const appel = choix.toolCalls?.find((t) => t.function.name === 'transfer_to_human');
  if (appel) {
    const { motif } = JSON.parse(appel.function.arguments);
    const convId = req.body.entry[0].changes[0].value.metadata?.chatwoot_conversation_id ?? m.from;
    await assignerConseillere(convId, m.from, motif);
    return envoyer(m.from, "Je vous mets en relation avec une vendeuse de la boutique, elle vous répond ici très vite.");
  }
  fil.push({ role: 'assistant', content: choix.content });
  fils.set(m.from, fil);
  await envoyer(m.from, choix.content);
});

app.listen(process.env.PORT ?? 3000);
