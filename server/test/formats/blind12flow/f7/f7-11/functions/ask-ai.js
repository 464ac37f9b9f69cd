// Twilio Function: /ask-ai  (service lumio-wa)
const OpenAI = require('openai');

const DEFAULT_PROMPT = `Tu es un assistant IA serviable et cultivé. Réponds à toutes les questions de l'utilisateur, quel que soit le sujet : culture générale, devoirs, cuisine, voyages, rédaction, informatique, conseils du quotidien.
Sois chaleureux, précis et réponds en français sauf si on t'écrit dans une autre langue.`;

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const sync = context.getTwilioClient().sync.v1.services(context.SYNC_SERVICE_SID);
  const key = `hist_${(event.from || '').replace(/\W/g, '')}`;

  let history = [];
  try {
    const doc = await sync.documents(key).fetch();
    history = doc.data.messages || [];
  } catch (e) {
    await sync.documents.create({ uniqueName: key, data: { messages: [] }, ttl: 86400 });
  }

  const messages = [
    { role: 'system', content: context.SYSTEM_PROMPT || DEFAULT_PROMPT },
    ...history.slice(-10),
    { role: 'user', content: event.question },
  ];

  const completion = await client.chat.completions.create({
    model: context.OPENAI_MODEL || 'gpt-4o-mini',
    messages,
    temperature: 0.7,
    max_tokens: 600,
  });
  const reply = completion.choices[0].message.content.trim();

  history.push({ role: 'user', content: event.question }, { role: 'assistant', content: reply });
  await sync.documents(key).update({ data: { messages: history.slice(-20) } });

  return callback(null, { reply });
};
