import { fixTexts } from '../../analysis';
import { replacePromptLine } from '../edits';
import { describeSignals, refIn } from '../signals';
import { isPromptFile, type Rule } from '../types';

export default {
  id: 'prompt/open-domain-grant',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary: 'A system prompt grants general-purpose use (any question, any topic, essays, code, poems, "like ChatGPT") or leaks it for off-topic messages.',
  appliesTo: isPromptFile,
  check(ctx) {
    for (const unit of ctx.model.prompts) {
      const a = ctx.analyze(unit);
      if (!a.openDomain) continue;
      const source = ctx.textOf(unit.text.uri);
      const texts = fixTexts(a.languages[0] ?? 'en');
      for (const s of a.signals) {
        if (s.kind !== 'grant' && s.kind !== 'leak') continue;
        const edit = replacePromptLine(unit, s.span.start, texts.refusal);
        ctx.report({
          ref: refIn(unit, s.span.start, s.span.end),
          message:
            s.kind === 'grant'
              ? `This ${unit.label} offers general-purpose use ("${s.text.trim()}"). WhatsApp bars general-purpose AI assistants; keep the bot to the business's own customer topics.`
              : `This line opens a scoped bot to any topic ("${s.text.trim()}"). Off-topic requests must be declined, not answered from general knowledge.`,
          why:
            s.kind === 'grant'
              ? 'The phrase lets people use the bot for anything, which makes a general-purpose assistant the primary function of the number. That is what the AI Providers terms forbid.'
              : 'The rest of the prompt is scoped, but this line tells the model to answer unrelated questions anyway, so the bot can be used as a general-purpose assistant.',
          signals: describeSignals(a, unit, source, ['grant', 'leak', 'scope', 'refusal', 'neutralised']),
          howToFix: 'Replace the phrase with an instruction to decline requests outside the business topics with a fixed reply.',
          fixes: edit ? [{ title: 'Replace this line with an off-topic refusal', edits: [edit], l10n: { key: 'fix.replaceWithRefusal' } }] : [],
          l10n: { key: s.kind, args: { label: unit.label, phrase: s.text.trim() } },
        });
      }
    }
  },
} satisfies Rule;
