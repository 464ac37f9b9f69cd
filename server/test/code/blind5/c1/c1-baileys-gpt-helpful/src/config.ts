export const config = {
  model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  systemPrompt:
    process.env.SYSTEM_PROMPT ??
    'You are a helpful assistant. Answer any question the user asks, on any topic, clearly and concisely.',
  historyLimit: 12,
};
