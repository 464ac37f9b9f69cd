const { askGpt } = require('../providers/openai');

const PREFIX = process.env.GPT_PREFIX || '!gpt';

async function handleIncomingMessage(client, message) {
  const body = message.body.trim();
  if (!body.startsWith(PREFIX)) return;
  const question = body.slice(PREFIX.length).trim();
  const answer = await askGpt(question);
  await message.reply(answer);
}

module.exports = { handleIncomingMessage };
