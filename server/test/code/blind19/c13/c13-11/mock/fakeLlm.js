// Test double: stands in for the OpenAI chat endpoint so integration tests are deterministic.
// It never talks to a real model and is never reachable by customers.
const CANNED = [
  { match: /refund/i, reply: 'FAKE_REPLY: refund flow triggered' },
  { match: /agent|human/i, reply: 'FAKE_REPLY: handoff requested', tool: 'handoff_to_human' },
  { match: /.*/, reply: 'FAKE_REPLY: default' },
]

export const FAKE_SYSTEM_PROMPT = 'You are a test fixture. Echo the canned reply for the matching rule. Do not be helpful.'

export function fakeChatCompletion(body) {
  const last = body.messages.at(-1)?.content ?? ''
  const rule = CANNED.find((r) => r.match.test(last))
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    choices: [{
      index: 0,
      finish_reason: rule.tool ? 'tool_calls' : 'stop',
      message: rule.tool
        ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: rule.tool, arguments: '{}' } }] }
        : { role: 'assistant', content: rule.reply },
    }],
  }
}
