const fs = require('fs');
const path = require('path');
const { Mistral } = require('@mistralai/mistralai');

const SYSTEME = fs.readFileSync(path.join(__dirname, '..', 'prompts', 'systeme.txt'), 'utf8');
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

async function repondre(historique) {
  const r = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: SYSTEME }, ...historique],
  });
  return r.choices[0].message.content.trim();
}

module.exports = { repondre };
