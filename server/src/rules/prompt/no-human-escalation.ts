import { fixTexts } from '../../analysis';
import { insertAtPromptEnd } from '../edits';
import { describeSignals, firstLineRef } from '../signals';
import { isPromptFile, type Rule } from '../types';

export default {
  id: 'prompt/no-human-escalation',
  clause: 'WA-HUMAN-ESCALATION',
  defaultLevel: 'warning',
  summary: 'A system prompt gives no way to reach a human agent (transfer, phone, e-mail or support page).',
  appliesTo: isPromptFile,
  check(ctx) {
    for (const unit of ctx.model.prompts) {
      const a = ctx.analyze(unit);
      if (a.notABot) continue;
      if (a.hasEscalation) continue;
      const source = ctx.textOf(unit.text.uri);
      const edit = insertAtPromptEnd(unit, source, [fixTexts(a.languages[0] ?? 'en').escalation]);
      ctx.report({
        // A low-confidence verdict is information, never an error (prompt/unsupported-language says why): in a
        // language without a lexicon, "talk to a person" and "this output goes to staff" cannot be read either.
        ...(a.doubts?.includes('short') || a.confidence === 'low' ? { level: 'info' as const } : {}),
        ref: firstLineRef(unit),
        message: `The ${unit.label} has no path to a human agent. WhatsApp requires a clear, direct path to a human agent whenever automation answers.`,
        why: 'Customers must be able to reach a person: an in-chat transfer, a phone number, an e-mail or a support page. Social-media links, placeholders and "nobody reads this chat" do not count.',
        signals: describeSignals(a, unit, source, ['escalation', 'no-escalation']),
        howToFix:
          'Tell the bot when and how to hand the conversation to a person (a transfer tool or token your system acts on, or a real phone number or e-mail).',
        fixes: edit
          ? [
              {
                title: 'Add a human-escalation instruction',
                edits: [edit],
                fixAll: true,
                preferred: true,
                l10n: { key: 'fix.addEscalation' },
              },
            ]
          : [],
        l10n: { key: 'missing', args: { label: unit.label } },
      });
    }
  },
} satisfies Rule;
