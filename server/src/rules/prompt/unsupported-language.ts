import { describeSignals, firstLineRef } from '../signals';
import { isPromptFile, type Rule } from '../types';

/**
 * Low confidence is said, never silent: a prompt in a language without a lexicon is judged on
 * explicit signals only, so a clean result there proves little.
 */
export default {
  id: 'prompt/unsupported-language',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'info',
  summary:
    'A system prompt is written in a language the analysis has no lexicon for, so only explicit signals were checked.',
  appliesTo: isPromptFile,
  check(ctx) {
    for (const unit of ctx.model.prompts) {
      const a = ctx.analyze(unit);
      if (a.confidence !== 'low' || a.notABot) continue;
      const source = ctx.textOf(unit.text.uri);
      ctx.report({
        ref: firstLineRef(unit),
        message: `The ${unit.label} is in a language wa-policy-lint has no lexicon for: only explicit signals (a "ChatGPT", English grants, phone numbers, e-mails, handoff tools) were checked, so a missing finding here is not a clean bill.`,
        why: 'Scope, refusals and handoff instructions are recognised from words of the languages in server/src/analysis/lexicons/. Without them the analysis cannot tell a scoped bot from an open one.',
        signals: describeSignals(a, unit, source, ['grant', 'escalation']),
        howToFix:
          'Check by hand that the prompt names the business and its topics, refuses everything else and says how to reach a person; or add a lexicon for the language (docs/lexicons.md).',
        l10n: { key: 'lowConfidence', args: { label: unit.label } },
      });
    }
  },
} satisfies Rule;
