import { isFlow, type Rule } from '../types';
import { closeOpenNodeFixes, openLlms } from './openLlmNodes';

export default {
  id: 'flow/open-domain-fallback',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary:
    'Business routing exists, but messages it does not understand (chitchat, no-match, fallback) go to unscoped generation: the AI leaks general use.',
  appliesTo: isFlow,
  check(ctx) {
    for (const o of openLlms(ctx)) {
      if (!o.incidental) continue;
      ctx.report({
        ...o.finding,
        message: `Off-topic messages get free-form answers: ${o.reason}. This opens a scoped bot to general-purpose use.`,
        why: 'The business flows are scoped, but whatever they do not handle is answered by a model without limits, so anyone can use the number as a general-purpose assistant.',
        fixes: closeOpenNodeFixes(ctx, o.node),
        l10n: { key: 'open', args: { reason: o.reason }, howToFix: o.finding.l10n?.howToFix },
      });
    }
  },
} satisfies Rule;
