import { anyBot, type Rule } from '../types';

export default {
  id: 'code/unresolved-prompt',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'info',
  summary:
    'A WhatsApp handler reaches an LLM call whose instructions cannot be read from the code (a database row, a stored assistant, an env var without default).',
  // Driven by the model's notes (the code format writes them), not by the format.
  appliesTo: anyBot,
  check(ctx) {
    for (const note of ctx.model.notes) {
      if (note.kind !== 'code-unresolved-prompt') continue;
      ctx.report({
        ref: note.ref,
        message: `User messages reach this model call, but its instructions cannot be read statically: ${note.detail ?? 'unknown source'}. The scope of the bot could not be checked.`,
        why: 'The policy question is what the model is allowed to answer. The prompt comes from somewhere the linter does not read, so the verdict is left open instead of guessed.',
        signals: [`missing: ${note.detail ?? 'unknown'}`],
        howToFix:
          'Keep the system prompt in the repository (a constant, a prompt file read with a literal path, or a default for the env var in the code or .env.example), so it is checked with the bot.',
        l10n: { key: 'unresolved', args: { detail: note.detail ?? 'unknown source' } },
      });
    }
  },
} satisfies Rule;
