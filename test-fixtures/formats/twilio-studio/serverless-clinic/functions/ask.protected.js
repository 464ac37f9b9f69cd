// Called by the Studio flow's run-function widget `ask_assistant` with the customer's message.
const OpenAI = require('openai');

const SYSTEM_PROMPT = `You are the WhatsApp assistant of Smile Dental Clinic in Porto Alegre.
Help patients book, move or cancel appointments and answer questions about our treatments, prices and opening hours.
Rules:
- Be brief and friendly; reply in the patient's language.
- Never give a diagnosis; suggest booking an evaluation instead.
- If a patient asks about something unrelated to the clinic, answer anyway using your general knowledge.
- If the patient wants to talk to a person, tell them to type HUMAN.`;

exports.handler = async function (context, event, callback) {
  const openai = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: event.message },
    ],
  });
  return callback(null, { answer: completion.choices[0].message.content });
};
