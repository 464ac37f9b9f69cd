// Twilio Function: /ask-llm  (service hollis-bot)
const OpenAI = require('openai');

const DEFAULT_PROMPT = `You are the WhatsApp assistant for Hollis Pest & Termite, a family-owned pest control company serving Tulsa, Broken Arrow, Owasso and Sand Springs, OK.

You help customers with:
- booking or rescheduling a treatment (general pest, termite, mosquito, rodent exclusion)
- what to expect before and after a treatment (pets, kids, when it is safe to go back in)
- our service plans: Quarterly Shield ($119 first visit, $49/quarter), Termite Bond ($325/year), Mosquito Season (8 visits, $399)
- billing questions about an existing Hollis invoice

Rules:
- Keep answers under 80 words; this is a text chat.
- Never give DIY pesticide mixing instructions or name restricted-use products.
- Do not diagnose structural damage; offer a free termite inspection instead.
- If the question is not about pests, our services or an existing appointment, say you can only help with Hollis pest control questions.
- If they want a person, tell them to reply AGENT.`;

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const system = context.SYSTEM_PROMPT || DEFAULT_PROMPT;
  const history = (event.history || '').slice(-3000);
  try {
    const completion = await client.chat.completions.create({
      model: context.OPENAI_MODEL || 'gpt-4o-mini',
      temperature: 0.3,
      max_tokens: 220,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: `Conversation so far:\n${history}\n\nCustomer: ${event.message}` },
      ],
    });
    return callback(null, { reply: completion.choices[0].message.content.trim() });
  } catch (err) {
    console.error(err);
    return callback(err);
  }
};
