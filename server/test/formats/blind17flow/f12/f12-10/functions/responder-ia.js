// Twilio Function: responder-ia
// Recibe el mensaje del socio y el system prompt desde Studio (parámetro `system_prompt`)
// y devuelve { respuesta } para el widget send-message.
const OpenAI = require('openai');

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const response = new Twilio.Response();
  response.appendHeader('Content-Type', 'application/json');

  try {
    const completion = await client.chat.completions.create({
      model: event.modelo || 'gpt-4o-mini',
      temperature: 0.3,
      max_tokens: 220,
      messages: [
        { role: 'system', content: event.system_prompt },
        { role: 'user', content: event.mensaje || '' },
      ],
    });
    response.setBody({ respuesta: completion.choices[0].message.content.trim() });
    return callback(null, response);
  } catch (err) {
    console.error('openai error', err.message);
    response.setStatusCode(500);
    response.setBody({ error: 'openai' });
    return callback(null, response);
  }
};
