// Twilio Function: /assistant — appelé par le widget run-function "ask_llm"
const OpenAI = require('openai');

exports.handler = async function (context, event, callback) {
  const client = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const passages = await fetch(`${context.SEARCH_URL}/indexes/${event.index_documentaire}/search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'api-key': context.SEARCH_KEY },
    body: JSON.stringify({ search: event.question, top: 4 }),
  }).then((r) => r.json());

  const contexte = (passages.value || []).map((p) => p.content).join('\n---\n');
  const completion = await client.chat.completions.create({
    model: event.modele || 'gpt-4o-mini',
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: event.system_prompt },
      { role: 'user', content: `contexte:\n${contexte}\n\nquestion: ${event.question}` },
    ],
  });
  callback(null, JSON.parse(completion.choices[0].message.content));
};
