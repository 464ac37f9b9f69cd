import { isFlow, type Rule } from '../types';
import { closeOpenNodeFixes, openLlms } from './openLlmNodes';

export default {
  id: 'flow/open-domain-llm',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary:
    'User messages go straight to an LLM whose prompt is open-domain or missing, with no business routing: general-purpose AI is the primary function.',
  appliesTo: isFlow,
  check(ctx) {
    for (const o of openLlms(ctx)) {
      if (o.incidental) continue;
      ctx.report({
        ...o.finding,
        message: `User messages reach an open-domain LLM: ${o.reason}. WhatsApp bars bots whose primary function is a general-purpose assistant.`,
        why: 'Every message from WhatsApp goes to a model that is not limited to the business, so the number works as a general-purpose assistant.',
        fixes: closeOpenNodeFixes(ctx, o.node),
        l10n: { key: 'open', args: { reason: o.reason }, howToFix: o.finding.l10n?.howToFix },
      });
    }
  },
} satisfies Rule;
