/** Normalises the many ways files name a model vendor. */
export function normaliseProvider(raw: string | undefined, model?: string): string | undefined {
  const s = `${raw ?? ''}`.toLowerCase();
  const m = `${model ?? ''}`.toLowerCase();
  if (/azure/.test(s)) return 'azure-openai';
  if (/^(openai|gpt)/.test(s) || /lmchatopenai|chatopenai/.test(s)) return 'openai';
  if (/anthropic|claude/.test(s)) return 'anthropic';
  if (/google|gemini|vertex|palm/.test(s)) return 'google';
  if (/ollama/.test(s)) return 'ollama';
  if (/mistral/.test(s)) return 'mistral';
  if (/groq|deepseek|cohere|bedrock|huggingface|together|openrouter/.test(s)) return s.replace(/[^a-z].*$/, '');
  if (!s && m) {
    if (/^(gpt|o\d|chatgpt|text-embedding)/.test(m)) return 'openai';
    if (/claude/.test(m)) return 'anthropic';
    if (/gemini|gemma/.test(m)) return 'google';
  }
  return s ? 'other' : undefined;
}
