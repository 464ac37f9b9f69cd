import { fixTexts } from '../../analysis';
import { insertAtPromptStart } from '../edits';
import { describeSignals, firstLineRef, refIn } from '../signals';
import { isPromptFile, type Rule } from '../types';

export default {
  id: 'prompt/no-business-scope',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary: 'A system prompt has no business scope: a generic or companion persona that can talk about anything.',
  appliesTo: isPromptFile,
  check(ctx) {
    for (const unit of ctx.model.prompts) {
      const a = ctx.analyze(unit);
      if (a.notABot) continue;
      if (!a.openDomain || (a.reason !== 'generic-persona' && a.reason !== 'no-scope')) continue;
      const persona = a.signals.find((s) => s.kind === 'generic-persona');
      const source = ctx.textOf(unit.text.uri);
      const texts = fixTexts(a.languages[0] ?? 'en');
      const edit = insertAtPromptStart(unit, source, [texts.scope, texts.refusal]);
      ctx.report({
        // A low-confidence verdict is information, never an error (prompt/unsupported-language says why).
        ...(a.doubts?.includes('short') ? { level: 'info' as const } : {}),
        ref: persona ? refIn(unit, persona.span.start, persona.span.end) : firstLineRef(unit),
        message: persona
          ? `The ${unit.label} sets up a generic assistant ("${persona.text.trim()}") with no business scope. On WhatsApp a bot must serve the business's own customer journeys.`
          : `The ${unit.label} never says which business or topics the bot serves, so it works as a general-purpose assistant.`,
        why: 'Without a business and a list of allowed topics, the model answers whatever it is asked, so general-purpose AI becomes the main thing the number offers.',
        signals: describeSignals(a, unit, source, ['generic-persona', 'business', 'scope', 'refusal']),
        howToFix:
          'State the business and the topics the bot handles, and tell it to decline anything else with a fixed reply.',
        fixes: edit
          ? [
              {
                title: 'Add a business-scope statement and an off-topic refusal',
                edits: [edit],
                fixAll: true,
                preferred: true,
                l10n: { key: 'fix.addScope' },
              },
            ]
          : [],
        l10n: { key: persona ? 'persona' : 'noScope', args: { label: unit.label, phrase: persona?.text.trim() ?? '' } },
      });
    }
  },
} satisfies Rule;
