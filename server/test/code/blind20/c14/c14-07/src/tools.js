// Tool definitions for the OpenAI chat call
const tools = [
  {
    type: 'function',
    function: {
      name: 'connect_teacher',
      description: 'Student ko ek human teacher se connect karo (doubt-solving panel)',
      parameters: {
        type: 'object',
        properties: {
          subject: { type: 'string' },
          doubt: { type: 'string' },
        },
        required: ['subject', 'doubt'],
      },
    },
  },
];

async function runTool(name, args, ctx) {
  if (name === 'connect_teacher') {
    // panel ka API abhi bana nahi hai
    console.log('[connect_teacher] called but panel not live', ctx.from, args);
    return { status: 'unavailable' };
  }
  return { error: 'unknown tool' };
}

module.exports = { tools, runTool };
