import type { Rule } from '../types';

export default {
  id: 'input/duplicate-key',
  clause: null,
  defaultLevel: 'warning',
  summary:
    'A key appears twice in one JSON object or YAML mapping; like the platforms, the linter reads the last one, and the earlier entry is ignored.',
  appliesTo: () => true,
  check(ctx) {
    for (const issue of ctx.model.issues) {
      if (issue.rule !== 'input/duplicate-key') continue;
      ctx.report({
        ref: issue.ref,
        message: issue.message,
        why: 'Readers disagree on repeated keys (some keep the first, most the last); what you read here may not be what the platform runs.',
        howToFix: 'Remove or merge the repeated key.',
        l10n: { key: 'issue', args: { issue: issue.message } },
      });
    }
  },
} satisfies Rule;
