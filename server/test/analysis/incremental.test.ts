/**
 * An edited prompt's analysis (analyzeUncached: the sections it did not touch, and what later passes kept on them,
 * come from the caches of earlier versions) equals a fresh analysis of the same text (analyzeWholeText: one lexical
 * pass over the whole text, nothing cached): verdict, reason, every signal with its range, text and note, languages,
 * confidence, doubts. Edits are sent in sequence, as an editor sends them — characters typed one at a time into a
 * word, words deleted, lines inserted and removed, paragraphs split and joined, a heading or list item started, text
 * pasted from another prompt — on prompts of the regression sets (blind 12–16, dev 9–14) and of the development
 * corpus (../shared/eval), alone and joined into long prompts.
 */

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeUncached, analyzeWholeText } from '../../src/analysis';
import { buildDoc, buildDocBySections, type Doc } from '../../src/analysis/doc';
import { languagesOf, languageTally, sumTallies } from '../../src/analysis/language';
import { runTallies } from '../../src/analysis/languageRuns';
import { normalizeText } from '../../src/analysis/normalize';
import { sectionStarts } from '../../src/analysis/sections';
import { tokenize } from '../../src/analysis/tokenize';
import { REPO } from '../helpers/fsHost';
import { rng } from '../helpers/rng';

const ANALYSIS = path.join(REPO, 'server', 'test', 'analysis');
const SETS = [
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
];
/** The development corpus, beside the checkout (or beside the folder of worktrees that holds it). */
const EVAL = [
  path.resolve(REPO, '..', 'shared', 'eval', 'prompts'),
  path.resolve(REPO, '..', '..', 'shared', 'eval', 'prompts'),
].find((p) => fs.existsSync(p));

/** The prompt texts of a set folder's case files (JSON arrays of cases with a `text`). */
function setTexts(name: string): string[] {
  const dir = path.join(ANALYSIS, name);
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const cases: unknown = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (!Array.isArray(cases)) continue;
    for (const c of cases) if (c && typeof c.text === 'string' && c.text.length > 0) out.push(c.text);
  }
  return out;
}

const regression = SETS.flatMap(setTexts);
const corpus = EVAL
  ? fs
      .readdirSync(EVAL)
      .sort()
      .map((f) => fs.readFileSync(path.join(EVAL, f), 'utf8'))
  : [];

const TYPED = ['please ', 'only ', 'not ', 'never ', 'any ', 'staff ', 'agent ', 'humain ', 'nicht ', 'سؤال ', '人工 '];
const LINES = ['', '# Rules', '## Hand-off', '- a list item', '1. first', 'User: hello', 'Assistant: hi', 'Q: why?'];

/** A word boundary at or after `at` (the start of the next word), or the text's end. */
function wordStart(text: string, at: number): number {
  const m = /\s\S/.exec(text.slice(at, at + 200));
  return m ? at + m.index + 1 : Math.min(at, text.length);
}

/** One editor change and what it makes of the text, as a list of successive versions. */
function change(text: string, r: () => number, paste: string): string[] {
  const at = Math.floor(r() * (text.length + 1));
  const kind = Math.floor(r() * 8);
  const versions: string[] = [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (kind <= 2) {
    // A word typed one character at a time, then deleted in one go.
    const w = TYPED[Math.floor(r() * TYPED.length)];
    const s = wordStart(text, at);
    let t = text;
    for (let i = 0; i < w.length; i++) versions.push((t = t.slice(0, s + i) + w[i] + t.slice(s + i)));
    versions.push(text);
    return versions;
  }
  if (kind === 3) {
    // A word deleted.
    const s = wordStart(text, at);
    const m = /^\S*\s?/.exec(text.slice(s));
    return [text.slice(0, s) + text.slice(s + (m ? Math.max(1, m[0].length) : 1))];
  }
  const ls = text.split(eol);
  const i = Math.floor(r() * (ls.length + 1));
  if (kind === 4) ls.splice(i, 0, LINES[Math.floor(r() * LINES.length)]);
  else if (kind === 5) ls.splice(i, 1);
  else if (kind === 6) {
    // A paragraph split (a blank line typed) or two joined (a blank line removed).
    const blank = ls.findIndex((l, k) => k >= i && l.trim() === '');
    if (blank >= 0 && r() < 0.5) ls.splice(blank, 1);
    else ls.splice(i, 0, '');
  } else {
    // Lines pasted from another prompt.
    const from = paste.split(/\r?\n/);
    const a = Math.floor(r() * from.length);
    ls.splice(i, 0, ...from.slice(a, a + 1 + Math.floor(r() * 6)));
  }
  return [ls.join(eol)];
}

function same(text: string, label: string): void {
  assert.deepEqual(analyzeUncached(text), analyzeWholeText(text), `${label}: ${JSON.stringify(text.slice(0, 120))}`);
}

function editInSequence(start: string, edits: number, r: () => number, pool: readonly string[], label: string): void {
  let text = start;
  same(text, `${label}, as opened`);
  for (let k = 0; k < edits;) {
    for (const v of change(text, r, pool[Math.floor(r() * pool.length)])) {
      text = v;
      same(text, `${label}, edit ${k}`);
      k++;
    }
  }
}

test('the regression sets and the corpus are there to edit', () => {
  assert.ok(regression.length >= 300, `only ${regression.length} regression prompts read`);
});

test('an edited prompt of the regression sets is analysed as a fresh text', () => {
  const r = rng(20261206);
  for (let n = 0; n < 60; n++) {
    const t = regression[Math.floor(r() * regression.length)];
    editInSequence(t, 12, r, regression, `regression prompt ${n}`);
  }
});

test('an edited prompt of the development corpus is analysed as a fresh text', { skip: !corpus.length }, () => {
  const r = rng(6122026);
  for (let n = 0; n < 20; n++) {
    const t = corpus[Math.floor(r() * corpus.length)];
    editInSequence(t, 12, r, corpus, `corpus prompt ${n}`);
  }
});

test('a long prompt joined from several, edited many times in a row, is analysed as a fresh text', () => {
  const r = rng(1512);
  const pool = [...regression, ...corpus];
  for (let round = 0; round < 6; round++) {
    const parts = Array.from({ length: 8 }, () => pool[Math.floor(r() * pool.length)]);
    let text = parts.join(round % 2 ? '\n\n' : '\n');
    if (round === 3) text = text.replace(/\r?\n/g, '\r\n');
    editInSequence(text, 40, r, pool, `long prompt ${round}`);
  }
});

/** What a joined document holds, in plain values (token and line objects are shared with the section cache). */
function docOf(d: Doc) {
  return {
    norm: d.norm.text,
    tokens: d.tokens.map((t) => [t.text, t.start, t.end]),
    lines: d.structure.lines.map((l) => ({ ...l })),
    tokLine: [...d.structure.tokLine],
    sentence: [...d.structure.sentence],
    quoted: [...d.structure.quoted],
    matches: Object.entries(d.matches).map(([c, ms]) => [c, ms.map((m) => [m.pattern.source, m.from, m.to])]),
  };
}

test("the document joined after an edit (cuts, sections and normal form kept from the last join) is the whole text's", () => {
  const r = rng(2026);
  const pool = [...regression, ...corpus];
  for (let round = 0; round < 4; round++) {
    let text = Array.from({ length: 6 }, () => pool[Math.floor(r() * pool.length)]).join('\n\n');
    for (let k = 0; k < 30;) {
      for (const v of change(text, r, pool[Math.floor(r() * pool.length)])) {
        text = v;
        const joined = docOf(buildDocBySections(text));
        assert.deepEqual(joined, docOf(buildDoc(text)), `round ${round} edit ${k}`);
        k++;
      }
    }
  }
});

test('a long prompt of many languages and over 48 sections (the vote adds up runs kept from earlier joins) is analysed as a fresh text', () => {
  const r = rng(1606);
  // Blind set 17 has 33 languages: the vote of a text that mixes them is close, so a wrong run sum changes it.
  const pool = [...setTexts('blind17'), ...regression];
  for (let round = 0; round < 3; round++) {
    const parts = Array.from({ length: 24 }, () => pool[Math.floor(r() * pool.length)]);
    const text = parts.join('\n\n');
    assert.ok(sectionStarts(text).length > 48, `round ${round}: only ${sectionStarts(text).length} sections`);
    editInSequence(text, 30, r, pool, `long multilingual prompt ${round}`);
  }
});

test('the vote of runs of section tallies is the vote of the sections, whichever runs are kept', () => {
  const r = rng(16);
  const pool = [...setTexts('blind17'), ...regression];
  for (let round = 0; round < 40; round++) {
    const text = Array.from({ length: 10 + Math.floor(r() * 40) }, () => pool[Math.floor(r() * pool.length)]).join(
      '\n\n',
    );
    const starts = sectionStarts(text);
    const tallies = starts.map((s, i) =>
      languageTally(
        tokenize(normalizeText(text.slice(s, starts[i + 1] === undefined ? text.length : starts[i + 1] - 1)).text),
      ),
    );
    const whole = languagesOf(tallies);
    assert.deepEqual(languagesOf(runTallies(tallies)), whole, `round ${round}`);
    // Again with the runs kept from the call before, then with sections removed and repeated (runs partly kept).
    assert.deepEqual(languagesOf(runTallies(tallies)), whole, `round ${round}, kept`);
    const cut = Math.floor(r() * tallies.length);
    const edited = [...tallies.slice(0, cut), ...tallies.slice(cut + 1 + Math.floor(r() * 3)), tallies[cut]];
    runTallies(edited);
    assert.deepEqual(languagesOf(runTallies(edited)), languagesOf(edited), `round ${round}, edited`);
    assert.deepEqual(languagesOf([sumTallies(tallies)]), whole, `round ${round}, one sum`);
  }
});
