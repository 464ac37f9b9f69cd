import 'dotenv/config';

export const config = {
  model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  systemPrompt:
    process.env.SYSTEM_PROMPT ??
    'You are a helpful assistant chatting over WhatsApp. Keep answers concise and use plain text (WhatsApp supports *bold* and _italic_ only).',
  prefix: process.env.BOT_PREFIX ?? '', // e.g. "!gpt" to only answer prefixed messages
  maxHistory: Number(process.env.MAX_HISTORY ?? 10),
  allowGroups: process.env.ALLOW_GROUPS === 'true',
};
