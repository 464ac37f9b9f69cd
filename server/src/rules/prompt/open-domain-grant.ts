import { fixTexts } from '../../analysis';
import { replacePromptLine } from '../edits';
import { describeSignals, refIn } from '../signals';
import { isPromptFile, type Rule } from '../types';
import type { Signal } from '../../analysis';

/** A list item: a bullet, or a number or letter followed by "." or ")". */
const LIST_ITEM = /^\s*(?:[-*+•·‣▪◦–]|\(?(?:\d{1,3}|[a-z])[.)])\s+\S/iu;

/** For each line, the first line of the list it belongs to (consecutive list items), or the line itself. */
function listRuns(text: string): number[] {
  const runs: number[] = [];
  let prevItem = false;
  text.split('\n').forEach((line, i) => {
    const item = LIST_ITEM.test(line);
    runs.push(item && prevItem ? runs[i - 1] : i);
    prevItem = item;
  });
  return runs;
}

/**
 * One finding per cause: grant phrases on one line (a sentence or list item) or in one list are one
 * cause, and so are the task domains of one broad enumeration; the first phrase is reported, the
 * others are related. This holds whatever found them: lexicon, construction or classifier.
 */
function byCause(signals: readonly Signal[], text: string): Signal[][] {
  const groups = new Map<string, Signal[]>();
  const runs = signals.length > 1 ? listRuns(text) : [];
  let pos = 0;
  let line = 0;
  for (const s of signals) {
    for (; pos < s.span.start && pos < text.length; pos++) if (text.charCodeAt(pos) === 10) line++;
    const key = /unrelated task domains/.test(s.note ?? '') ? 'breadth' : `line ${runs[line] ?? line}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

export default {
  id: 'prompt/open-domain-grant',
  clause: 'WA-AI-PROVIDERS',
  defaultLevel: 'error',
  summary:
    'A system prompt grants general-purpose use (any question, any topic, essays, code, poems, "like ChatGPT") or leaks it for off-topic messages.',
  appliesTo: isPromptFile,
  check(ctx) {
    for (const unit of ctx.model.prompts) {
      const a = ctx.analyze(unit);
      if (a.notABot) continue;
      if (!a.openDomain) continue;
      const source = ctx.textOf(unit.text.uri);
      const texts = fixTexts(a.languages[0] ?? 'en');
      for (const [s, ...others] of byCause(
        a.signals.filter((x) => x.kind === 'grant' || x.kind === 'leak'),
        unit.text.text,
      )) {
        const edit = replacePromptLine(unit, s.span.start, texts.refusal);
        ctx.report({
          // A low-confidence verdict is information, never an error (prompt/unsupported-language says why).
          ...(a.doubts?.includes('borderline') ? { level: 'info' as const } : {}),
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
          howToFix:
            'Replace the phrase with an instruction to decline requests outside the business topics with a fixed reply.',
          fixes: edit
            ? [
                {
                  title: 'Replace this line with an off-topic refusal',
                  edits: [edit],
                  l10n: { key: 'fix.replaceWithRefusal' },
                },
              ]
            : [],
          related: others.map((o) => ({
            ref: refIn(unit, o.span.start, o.span.end),
            message: `same cause: "${o.text.trim()}"`,
          })),
          l10n: { key: s.kind, args: { label: unit.label, phrase: s.text.trim() } },
        });
      }
    }
  },
} satisfies Rule;
