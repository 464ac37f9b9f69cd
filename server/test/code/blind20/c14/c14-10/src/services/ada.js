const fs = require('fs');
const path = require('path');
const Anthropic = require('@anthropic-ai/sdk');
const fewshots = require('../prompts/fewshots');
const { trackParcel } = require('./tracking');

const anthropic = new Anthropic();
const SYSTEM = fs.readFileSync(path.join(__dirname, '../prompts/system.md'), 'utf8');

const tools = [
  {
    name: 'track_parcel',
    description: 'Look up the current status of a SwiftDrop waybill',
    input_schema: {
      type: 'object',
      properties: { waybill: { type: 'string', pattern: '^SD-\\d{9}$' } },
      required: ['waybill'],
    },
  },
];

const sessions = new Map();

async function answer(waId, text) {
  const history = sessions.get(waId) || [];
  history.push({ role: 'user', content: text });
  let messages = [...fewshots, ...history.slice(-12)];

  for (let step = 0; step < 4; step++) {
    const res = await anthropic.messages.create({
      model: process.env.CLAUDE_MODEL || 'claude-3-5-haiku-20241022',
      max_tokens: 500,
      system: SYSTEM,
      tools,
      messages,
    });

    if (res.stop_reason !== 'tool_use') {
      const out = res.content.filter((b) => b.type === 'text').map((b) => b.text).join('\n');
      history.push({ role: 'assistant', content: out });
      sessions.set(waId, history);
      return out;
    }

    const toolUse = res.content.find((b) => b.type === 'tool_use');
    let result;
    try {
      result = await trackParcel(toolUse.input.waybill);
    } catch (e) {
      result = { error: 'waybill not found' };
    }
    messages = [
      ...messages,
      { role: 'assistant', content: res.content },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUse.id, content: JSON.stringify(result) }] },
    ];
  }
  return "Sorry, I'm having trouble right now. Please try again shortly.";
}

module.exports = { answer };
