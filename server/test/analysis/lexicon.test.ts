/**
 * Table test over every lexicon entry: an instance of the entry, placed in the language's sentence
 * frame, is matched and yields the right signal; where negation applies, the negated frame
 * neutralises it.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { buildDoc } from '../../src/analysis/doc';
import { CATEGORIES, type Category, lexicons } from '../../src/analysis/lexicon';
import type { SignalKind } from '../../src/analysis/types';
import { instance } from './lexiconInstance';

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

for (const lex of lexicons) {
  test(`lexicon ${lex.lang}: every entry is matched in a sentence`, () => {
    for (const category of CATEGORIES) {
      for (const { pattern: entry } of lex.entries[category] ?? []) {
        if (category === 'handoffToken') continue;
        const x = instance(entry);
        const text = frame(lex.frames.plain, x);
        const hits = buildDoc(text).by[category].filter((m) => m.pattern.source === entry && m.pattern.lang === lex.lang);
        assert.ok(hits.length > 0, `${lex.lang}.${category} "${entry}" not matched in: ${text}`);
      }
    }
  });

  test(`lexicon ${lex.lang}: entries produce their signal, and negated forms are neutralised`, () => {
    for (const [category, kinds] of Object.entries(PLAIN) as [Category, SignalKind[]][]) {
      for (const { pattern: entry } of lex.entries[category] ?? []) {
        const x = instance(entry);
        const plain = frame(lex.frames.plain, x);
        const start = plain.indexOf(x);
        const sig = analyzePrompt(plain).signals.filter((s) => s.span.start < start + x.length && s.span.end > start);
        assert.ok(sig.some((s) => kinds.includes(s.kind)), `${lex.lang}.${category} "${entry}": ${plain} → ${sig.map((s) => `${s.kind}:${s.text}:${s.note}`).join(', ') || 'nothing'}`);
        const neg = NEGATED[category];
        if (!neg) continue;
        const negated = frame(lex.frames.negated, x);
        const nstart = negated.indexOf(x);
        const nsig = analyzePrompt(negated).signals.filter((s) => s.span.start < nstart + x.length && s.span.end > nstart && s.kind !== 'scope' && s.kind !== 'refusal');
        assert.ok(nsig.length > 0 && nsig.every((s) => neg.includes(s.kind)), `${lex.lang}.${category} negated "${entry}": ${negated} → ${nsig.map((s) => `${s.kind}:${s.text}`).join(', ') || 'nothing'}`);
      }
    }
  });

  test(`lexicon ${lex.lang}: handoff tokens are recognised in tool names`, () => {
    for (const { pattern: entry } of lex.entries.handoffToken ?? []) {
      const word = entry.replace(/^\*|\*$/g, '');
      const text = frame(lex.frames.plain, `\`call_${word}\``);
      const r = analyzePrompt(text);
      assert.ok(r.hasEscalation, `${lex.lang}.handoffToken "${entry}" not recognised in ${text}`);
    }
  });
}
