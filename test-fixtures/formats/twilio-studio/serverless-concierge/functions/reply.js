// The Studio widget passes the instructions it wants in `instrucoes`, and the guest's message in `mensagem`.
const OpenAI = require('openai');

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: event.instrucoes },
      { role: 'user', content: event.mensagem },
    ],
  });
  return callback(null, { resposta: completion.choices[0].message.content });
};
