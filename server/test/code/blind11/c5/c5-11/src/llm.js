import { Mistral } from '@mistralai/mistralai';
import { DESTEK_PROMPT, SUPERVIZOR_PROMPT } from './prompts.js';

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

async function complete(system, history) {
  const r = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: system }, ...history],
  });
  return r.choices[0].message.content;
}

export const destek = (h) => complete(DESTEK_PROMPT, h);
export const supervizor = (h) => complete(SUPERVIZOR_PROMPT, h);
