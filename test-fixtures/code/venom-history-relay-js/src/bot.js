const venom = require('venom-bot');
const OpenAI = require('openai');
const { remember } = require('./memory');

const openai = new OpenAI();

async function reply(chatId, text) {
  const turns = remember(chatId, 'user', text);
  const out = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [...turns] });
  //                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
  const answer = out.choices[0].message.content;
  remember(chatId, 'assistant', answer);
  return answer;
}

venom.create({ session: 'memory-bot' }).then((client) =>
  client.onMessage(async (message) => {
  //     ^^^^^^^^^^ flow/no-human-path
    if (message.isGroupMsg) return;
    await client.sendText(message.from, await reply(message.from, message.body));
  }),
);
