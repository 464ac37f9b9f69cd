// Twilio Function: /chiedi-assistente
// Riceve domanda + istruzioni dal widget Studio e chiama OpenAI.
const OpenAI = require('openai');

exports.handler = async function (context, event, callback) {
  const openai = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  try {
    const completion = await openai.chat.completions.create({
      model: event.modello || 'gpt-4o-mini',
      temperature: 0.2,
      max_tokens: 300,
      messages: [
        { role: 'system', content: event.istruzioni },
        { role: 'user', content: event.domanda || '' },
      ],
    });
    return callback(null, { risposta: completion.choices[0].message.content.trim() });
  } catch (err) {
    console.error(err);
    return callback(err);
  }
};
