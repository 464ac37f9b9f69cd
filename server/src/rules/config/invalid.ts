import type { Rule } from '../types';

export default {
  id: 'config/invalid',
  clause: null,
  defaultLevel: 'error',
  summary:
    'The .wa-policy.yaml file is broken or has values the linter does not understand; the affected settings fall back to defaults.',
  appliesTo: (kind) => kind === 'wa-policy-config',
  check(ctx) {
    for (const issue of ctx.model.issues) {
      // Issues of their own rule (input/limits, input/duplicate-key, internal/error) are reported by that rule only;
      // input/unreadable does not apply to the config, so its issues are the config's.
      if (issue.rule && issue.rule !== 'input/unreadable') continue;
      ctx.report({
        ref: issue.ref,
        message: issue.message,
        why: 'Settings that cannot be read are ignored, so rules may run with defaults you did not intend.',
        howToFix: 'Correct the value; the JSON Schema schemas/wa-policy.schema.json describes every key.',
        l10n: { key: 'issue', args: { issue: issue.message } },
      });
    }
  },
} satisfies Rule;
