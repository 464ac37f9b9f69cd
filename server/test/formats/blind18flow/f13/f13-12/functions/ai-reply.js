// Twilio Function: /ai-reply  (chiamata dallo Studio widget ai_reply)
const OpenAI = require('openai');

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  try {
    const completion = await client.chat.completions.create({
      model: event.model || 'gpt-4o-mini',
      temperature: 0.5,
      messages: [
        { role: 'system', content: event.system_prompt },
        { role: 'user', content: event.message },
      ],
    });
    return callback(null, { reply: completion.choices[0].message.content });
  } catch (err) {
    console.error(err);
    return callback(err);
  }
};
