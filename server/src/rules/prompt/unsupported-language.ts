import type { Doubt, PromptAnalysis } from '../../analysis/types';
import { describeSignals, firstLineRef } from '../signals';
import { isPromptFile, type Rule } from '../types';

/** Texts of a low-confidence verdict that is not about the language (analysis/confidence.ts). */
const DOUBTS: Record<
  Exclude<Doubt, 'language'>,
  { message: (label: string) => string; why: string; howToFix: string }
> = {
  borderline: {
    message: (label) =>
      `The verdict on this ${label} rests on clauses the classifier read with a borderline score only (see the signals): it is reported as information, not as an error.`,
    why: 'No lexicon phrase decided here, and the clause classifier was not sure: under a score of 0.8 it misreads clauses far more often.',
    howToFix:
      'Read the clause named in the signals: if it offers general use or a path to a person, say so in plain words; if it does not, nothing needs to change.',
  },
  short: {
    message: (label) =>
      `This ${label} is too short to judge: a missing scope or a missing path to a person means little in a few words, so those findings are information, not errors.`,
    why: 'A prompt of a few words is often a fragment of a larger configuration, and it gives the analysis too little text to tell what the bot serves.',
    howToFix:
      'If this is the whole prompt, name the business and its topics, say what to decline, and say how customers reach a person.',
  },
};

/** Kinds of signals that show what the doubtful verdict rested on. */
const SHOWN: PromptAnalysis['signals'][number]['kind'][] = ['grant', 'escalation', 'scope', 'business'];

/**
 * Low confidence is said, never silent: a prompt in a language without a lexicon is judged on explicit
 * signals only, a verdict that rests on borderline classifier scores alone is not sure, and a prompt of
 * a few words is too short to judge by what it does not say. Each doubt is one info finding saying why.
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
      if (a.notABot) continue;
      const source = ctx.textOf(unit.text.uri);
      if (a.confidence === 'low')
        ctx.report({
          ref: firstLineRef(unit),
          message: `The ${unit.label} is in a language wa-policy-lint has no lexicon for: only explicit signals (a "ChatGPT", English grants, phone numbers, e-mails, handoff tools) were checked, so a missing finding here is not a clean bill.`,
          why: 'Scope, refusals and handoff instructions are recognised from words of the languages in server/src/analysis/lexicons/. Without them the analysis cannot tell a scoped bot from an open one.',
          signals: describeSignals(a, unit, source, ['grant', 'escalation']),
          howToFix:
            'Check by hand that the prompt names the business and its topics, refuses everything else and says how to reach a person; or add a lexicon for the language (docs/lexicons.md).',
          l10n: { key: 'lowConfidence', args: { label: unit.label } },
        });
      for (const doubt of a.doubts ?? []) {
        if (doubt === 'language') continue;
        const t = DOUBTS[doubt];
        ctx.report({
          ref: firstLineRef(unit),
          message: t.message(unit.label),
          why: t.why,
          signals: describeSignals(a, unit, source, SHOWN),
          howToFix: t.howToFix,
          l10n: { key: doubt, args: { label: unit.label } },
        });
      }
    }
  },
} satisfies Rule;
