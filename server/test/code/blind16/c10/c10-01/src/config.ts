import 'dotenv/config';

export const config = {
  model: process.env.OPENAI_MODEL || 'gpt-4o-mini',
  systemPrompt:
    process.env.SYSTEM_PROMPT ||
    "You are a friendly, knowledgeable assistant chatting over WhatsApp. Keep answers short enough to read on a phone, use plain text (no markdown tables) and reply in the user's language.",
  historyTurns: Number(process.env.HISTORY_TURNS ?? 8),
};
