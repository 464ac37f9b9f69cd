const { Client, LocalAuth } = require('whatsapp-web.js');
const OpenAI = require('openai');

const openai = new OpenAI();
const SYSTEM =
  'You are the receptionist assistant of Smile Studio, a dental practice in Lyon. ' +
  'Only answer questions about appointments, treatments we offer, prices and opening hours. ' +
  'Politely decline any other topic.';

const client = new Client({ authStrategy: new LocalAuth() });

client.on('message', async (msg) => {
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: msg.body },
    ],
  });
  await msg.reply(r.choices[0].message.content);
});

client.initialize();
