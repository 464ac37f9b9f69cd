// Stand-in for the OpenAI client so bot tests run offline and deterministically.
export function fakeOpenAI(script = {}) {
  const calls = [];
  return {
    calls,
    chat: {
      completions: {
        create: async (req) => {
          calls.push(req);
          const last = req.messages.at(-1)?.content ?? '';
          const reply = script[last] ?? `echo: ${last}`;
          return { choices: [{ message: { role: 'assistant', content: reply } }] };
        },
      },
    },
  };
}
