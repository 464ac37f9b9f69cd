import type { Rule } from '../types';

export default {
  id: 'internal/error',
  clause: null,
  defaultLevel: 'error',
  summary:
    'The linter failed on this file (a bug in wa-policy-lint); the file was not fully checked, every other file still was.',
  appliesTo: () => true,
  check(ctx) {
    for (const issue of ctx.model.issues) {
      if (issue.rule !== 'internal/error') continue;
      ctx.report({
        ref: issue.ref,
        message: issue.message,
        why: 'This is a bug in wa-policy-lint, isolated to this file so the other files and rules still report. Please report it with the file.',
        howToFix: 'Report the bug; until it is fixed, review this file by hand.',
        l10n: { key: 'issue', args: { issue: issue.message } },
      });
    }
  },
} satisfies Rule;
