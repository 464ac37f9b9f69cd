import type { Rule } from '../types';

export default {
  id: 'input/unreadable',
  clause: null,
  defaultLevel: 'error',
  summary:
    'The file could not be read as its format (broken YAML or JSON, binary content, too large, alias bomb); it was not fully checked.',
  appliesTo: (kind) => kind !== 'wa-policy-config',
  check(ctx) {
    for (const issue of ctx.model.issues) {
      if (issue.rule && issue.rule !== 'input/unreadable') continue;
      ctx.report({
        ref: issue.ref,
        message: `${issue.message} The policy checks could not read this part of the file.`,
        why: 'A file the linter cannot parse is a file it cannot vouch for: fix the syntax so the policy rules can run.',
        howToFix: 'Fix the syntax error at this position.',
        l10n: { key: 'issue', args: { issue: issue.message } },
      });
    }
  },
} satisfies Rule;
