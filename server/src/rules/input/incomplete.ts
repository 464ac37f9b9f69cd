import { anyBot, type Rule } from '../types';

export default {
  id: 'input/incomplete',
  clause: null,
  defaultLevel: 'info',
  summary:
    'Part of the bot is not in the files read (a sub-workflow that is not in the workspace, a project without its config or flows): that part was not checked.',
  // Driven by the model's notes (adapters write them), not by the format.
  appliesTo: anyBot,
  check(ctx) {
    for (const note of ctx.model.notes) {
      if (note.kind !== 'incomplete') continue;
      ctx.report({
        ref: note.ref,
        message: `Not fully checked: ${note.detail ?? 'part of the bot is missing'}.`,
        why: 'The linter judges what it can read. A missing part may hold an LLM or the path to a person, so no finding there is not a clean bill.',
        signals: [`missing: ${note.detail ?? 'unknown'}`],
        howToFix:
          'Keep the missing files in the workspace (export the sub-workflow beside this one, or the whole project), or ignore this note if the part is checked elsewhere.',
        l10n: { key: 'incomplete', args: { detail: note.detail ?? 'part of the bot is missing' } },
      });
    }
  },
} satisfies Rule;
