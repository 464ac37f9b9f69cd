/**
 * Table tests over every lexicon entry. An entry's `example` is a sentence written by hand, apart from
 * the pattern: the pattern must match it and yield the entry's signal there. Entries of the first
 * fourteen lexicons that have no example yet are only self-checked (an instance generated from the
 * pattern, in the language's sentence frame): that shows the pattern is well-formed, not that it catches
 * a real sentence. Their number per language is a budget that may only go down (UNEXAMPLED): a new
 * entry needs its own example, in every language.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { buildDoc } from '../../src/analysis/doc';
import { CATEGORIES, type Category, type LexiconEntry, lexicons } from '../../src/analysis/lexicon';
import type { SignalKind } from '../../src/analysis/types';
import { instance } from './lexiconInstance';

/** Entries without a hand-written example, per lexicon written before examples existed. Lower it as examples are added. */
const UNEXAMPLED: Record<string, number> = {
  ar: 256,
  de: 285,
  en: 424,
  es: 265,
  fr: 261,
  hi: 294,
  id: 254,
  it: 231,
  ms: 181,
  pt: 264,
  ru: 229,
  tr: 248,
  vi: 165,
  zh: 271,
};
const WITHOUT_EXAMPLES = new Set(Object.keys(UNEXAMPLED));

/** Expected signal kinds for an entry of each category in a plain sentence. */
const PLAIN: Partial<Record<Category, SignalKind[]>> = {
  grant: ['grant', 'leak'],
  task: ['grant', 'leak'],
  leak: ['leak'],
  persona: ['generic-persona'],
  scope: ['scope', 'refusal'],
  refusal: ['refusal', 'scope'],
  escalation: ['escalation'],
  noEscalation: ['no-escalation'],
};
const NEGATED: Partial<Record<Category, SignalKind[]>> = {
  grant: ['neutralised'],
  task: ['neutralised'],
  leak: ['neutralised'],
  persona: ['neutralised'],
  escalation: ['no-escalation'],
};

function frame(f: string, x: string): string {
  return f.replace('{x}', x);
}

function entries(lex: (typeof lexicons)[number]): [Category, LexiconEntry][] {
  return CATEGORIES.flatMap((c) => (lex.entries[c] ?? []).map((e): [Category, LexiconEntry] => [c, e]));
}

/** Signals overlapping the first match of the entry in the text, or undefined when it does not match. */
function signalsAt(text: string, category: Category, e: LexiconEntry, lang: string) {
  const doc = buildDoc(text);
  const m = doc.matches[category].find((x) => x.pattern.source === e.pattern && x.pattern.lang === lang);
  if (!m) return undefined;
  const start = doc.tokens[m.from].start;
  const end = doc.tokens[m.to - 1].end;
  const from = doc.norm.start[start];
  const to = doc.norm.end[end - 1];
  return analyzePrompt(text).signals.filter((s) => s.span.start < to && s.span.end > from);
}

for (const lex of lexicons) {
  test(`lexicon ${lex.lang}: every entry matches its example sentence`, () => {
    for (const [category, e] of entries(lex)) {
      if (!e.example) {
        assert.ok(WITHOUT_EXAMPLES.has(lex.lang), `${lex.lang}.${category} "${e.pattern}" has no example`);
        continue;
      }
      assert.notEqual(
        e.example.trim(),
        instance(e.pattern),
        `${lex.lang}.${category} "${e.pattern}": the example is the pattern itself`,
      );
      if (category === 'handoffToken') {
        assert.ok(
          analyzePrompt(e.example).hasEscalation,
          `${lex.lang}.handoffToken "${e.pattern}" not recognised in: ${e.example}`,
        );
        continue;
      }
      const hits = buildDoc(e.example).matches[category].filter(
        (m) => m.pattern.source === e.pattern && m.pattern.lang === lex.lang,
      );
      assert.ok(hits.length > 0, `${lex.lang}.${category} "${e.pattern}" does not match its example: ${e.example}`);
    }
  });

  test(`lexicon ${lex.lang}: entries produce their signal in their example`, () => {
    for (const [category, e] of entries(lex)) {
      // A bare task domain alone is neutral; it counts in a broad enumeration (breadth tests).
      const kinds = e.domain ? ['grant', 'neutralised'] : PLAIN[category];
      if (!kinds || !e.example) continue;
      const sig = signalsAt(e.example, category, e, lex.lang) ?? [];
      assert.ok(
        sig.some((s) => kinds.includes(s.kind)),
        `${lex.lang}.${category} "${e.pattern}": ${e.example} → ${sig.map((s) => `${s.kind}:${s.text}:${s.note}`).join(', ') || 'nothing'}`,
      );
    }
  });

  if (!WITHOUT_EXAMPLES.has(lex.lang)) continue;
  // Self-check of entries without an example: an instance generated from the pattern, in a frame.
  test(`lexicon ${lex.lang}: a phrase generated from each entry without an example gives its signal, negated forms are neutralised (self-check)`, () => {
    for (const [category, e] of entries(lex)) {
      if (e.example) continue;
      if (category === 'handoffToken') {
        const word = e.pattern.replace(/^\*|\*$/g, '');
        assert.ok(
          analyzePrompt(frame(lex.frames.plain, `\`call_${word}\``)).hasEscalation,
          `${lex.lang}.handoffToken "${e.pattern}"`,
        );
        continue;
      }
      const x = instance(e.pattern);
      const plain = frame(lex.frames.plain, x);
      assert.ok(
        buildDoc(plain).matches[category].some((m) => m.pattern.source === e.pattern && m.pattern.lang === lex.lang),
        `${lex.lang}.${category} "${e.pattern}" not matched in: ${plain}`,
      );
      const kinds = PLAIN[category];
      if (!kinds) continue;
      const start = plain.indexOf(x);
      const sig = analyzePrompt(plain).signals.filter((s) => s.span.start < start + x.length && s.span.end > start);
      assert.ok(
        sig.some((s) => kinds.includes(s.kind)),
        `${lex.lang}.${category} "${e.pattern}": ${plain} → ${sig.map((s) => `${s.kind}:${s.text}:${s.note}`).join(', ') || 'nothing'}`,
      );
      const neg = NEGATED[category];
      if (!neg) continue;
      const negated = frame(lex.frames.negated, x);
      const nstart = negated.indexOf(x);
      const nsig = analyzePrompt(negated).signals.filter(
        (s) => s.span.start < nstart + x.length && s.span.end > nstart && s.kind !== 'scope' && s.kind !== 'refusal',
      );
      assert.ok(
        nsig.length > 0 && nsig.every((s) => neg.includes(s.kind)),
        `${lex.lang}.${category} negated "${e.pattern}": ${negated} → ${nsig.map((s) => `${s.kind}:${s.text}`).join(', ') || 'nothing'}`,
      );
    }
  });
}

test('lexicons: entries without a hand-written example do not grow in number (the budget only goes down)', () => {
  const counts = Object.fromEntries(
    lexicons.map((lex) => [lex.lang, entries(lex).filter(([, e]) => !e.example).length] as const).filter(([, n]) => n),
  );
  for (const [lang, n] of Object.entries(counts))
    assert.ok(
      n <= (UNEXAMPLED[lang] ?? 0),
      `${lang}: ${n} entries without an example, budget ${UNEXAMPLED[lang] ?? 0}`,
    );
  // Keep the budget tight, so that an example added cannot hide a new entry without one.
  assert.deepEqual(counts, UNEXAMPLED, `lower UNEXAMPLED to the counts: ${JSON.stringify(counts)}`);
});

test('lexicon files are valid against the schema and every category is known', () => {
  assert.ok(lexicons.length >= 21);
  for (const lex of lexicons)
    for (const c of Object.keys(lex.entries))
      assert.ok((CATEGORIES as readonly string[]).includes(c), `${lex.lang}: ${c}`);
});
