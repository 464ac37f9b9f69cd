import type { Rule } from '../types';

export default {
  id: 'input/limits',
  clause: null,
  defaultLevel: 'error',
  summary:
    'The file passes an input limit (size, nesting depth, YAML aliases, node count); it was not analysed. The limits are set under `limits:` in .wa-policy.yaml.',
  appliesTo: () => true,
  check(ctx) {
    for (const issue of ctx.model.issues) {
      if (issue.rule !== 'input/limits') continue;
      ctx.report({
        ref: issue.ref,
        message: issue.message,
        why: 'Limits keep a hostile or generated file from stalling the editor or CI; a file over a limit is not checked, so it is reported instead of passing silently.',
        howToFix: 'Split or simplify the file, or raise the named limit under `limits:` in .wa-policy.yaml.',
        l10n: { key: 'issue', args: { issue: issue.message } },
      });
    }
  },
} satisfies Rule;
