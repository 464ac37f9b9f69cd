import type { Level } from '../model/config';
import type { Rule } from './types';

interface IssueRuleSpec {
  id: string;
  defaultLevel: Exclude<Level, 'off'>;
  summary: string;
  why: string;
  howToFix: string;
}

/**
 * A rule that reports the model's issues of its own id as they are (issues the formats or the input layer raise:
 * limits, duplicate keys, an isolated crash). No clause: these are about the file, not the policy.
 */
export function issueRule(spec: IssueRuleSpec): Rule {
  return {
    id: spec.id,
    clause: null,
    defaultLevel: spec.defaultLevel,
    summary: spec.summary,
    appliesTo: () => true,
    check(ctx) {
      for (const issue of ctx.model.issues) {
        if (issue.rule !== spec.id) continue;
        ctx.report({
          ref: issue.ref,
          message: issue.message,
          why: spec.why,
          howToFix: spec.howToFix,
          l10n: { key: 'issue', args: { issue: issue.message } },
        });
      }
    },
  };
}
