/** Names of chat models as configs write them (`gpt-4o`, `o3-mini`, `claude-…`, `mistral-large`): a regex alternation. */
export const MODEL_NAMES = 'gpt|o\\d|claude|gemini|llama|mistral|mixtral|qwen|deepseek|command|phi';
