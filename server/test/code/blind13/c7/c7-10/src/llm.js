const { Ollama } = require('ollama');
const cfg = require('../bot.config.json');

const ollama = new Ollama({ host: cfg.ollama.host });

async function jawab(history, isPremium) {
  const res = await ollama.chat({
    model: cfg.ollama.model,
    options: { temperature: cfg.ollama.temperature },
    messages: [
      { role: 'system', content: `${cfg.system_prompt}\n\nPREMIUM=${isPremium ? 'true' : 'false'}` },
      ...history,
    ],
  });
  return res.message.content;
}

module.exports = { jawab };
