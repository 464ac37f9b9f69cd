const venom = require('venom-bot');
const OpenAI = require('openai');

const {
  SYSTEM_PROMPT = 'You are an AI assistant on WhatsApp. Answer any question on any subject.',
                                                      //^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
  MODEL = 'gpt-4o-mini',
} = process.env;
const openai = new OpenAI();

async function ask(text, system = SYSTEM_PROMPT) {
  const r = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: text },
    ],
  });
  return r.choices[0].message.content;
}

venom.create({ session: 'bot' }).then((client) => {
  client.onMessage(async (m) => {
      //^^^^^^^^^^^ flow/no-human-path
    if (m.isGroupMsg) return;
    await client.sendText(m.from, await ask(m.body));
  });
});
