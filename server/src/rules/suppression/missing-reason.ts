import { parseDirectives } from '../../model/suppressions';
import type { Rule } from '../types';

export default {
  id: 'suppression/missing-reason',
  clause: null,
  defaultLevel: 'warning',
  summary: 'A wa-policy-disable comment gives no reason (`-- <why>`); every exception to the policy must say why.',
  appliesTo: () => true,
  check(ctx) {
    for (const uri of ctx.model.files) {
      for (const d of parseDirectives(ctx.textOf(uri))) {
        if (d.reason) continue;
        ctx.report({
          ref: { uri, span: d.span },
          message: `This wa-policy-disable-${d.scope} comment has no reason. Add one after " -- " so reviewers know why ${d.rules.join(', ') || 'the rule'} does not apply.`,
          why: 'Suppressions hide policy findings; without a reason nobody can tell an accepted exception from a silenced problem.',
          howToFix: `Write the reason after the rule id: wa-policy-disable-${d.scope} ${d.rules[0] ?? '<rule>'} -- <why this is acceptable>`,
          l10n: {
            key: 'missing',
            args: { scope: d.scope, rules: d.rules.join(', ') || 'the rule', rule: d.rules[0] ?? '<rule>' },
          },
        });
      }
    }
  },
} satisfies Rule;
