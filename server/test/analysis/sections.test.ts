/**
 * The per-section lexical pass (analysis/sections.ts, cached by section text and joined) gives the
 * same analysis as one pass over the whole text: on every prompt of blind sets 4 and 5 and of the
 * development corpus (../shared/eval), on long texts joined from them, and on edited variants
 * (words and lines inserted and deleted at random places, fixed seed), in the order an editor sends them.
 */

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzePrompt, analyzeWholeText } from '../../src/analysis';
import { artefactCues } from '../../src/analysis/artefactCues';
import { buildContext } from '../../src/analysis/context';
import { buildDoc, buildDocBySections, type Doc } from '../../src/analysis/doc';
import { notABot } from '../../src/analysis/purpose';
import { sectionStarts, sectionStartsAfterEdit } from '../../src/analysis/sections';
import { typedKeywords } from '../../src/analysis/typedKeywords';
import { REPO } from '../helpers/fsHost';
import b4w1 from './blind4/w1.json';
import b4w2 from './blind4/w2.json';
import b4w3 from './blind4/w3.json';
import b5p1 from './blind5/p1.json';
import b5p2 from './blind5/p2.json';
import b5p3 from './blind5/p3.json';
import { rng } from '../helpers/rng';

const EVAL = path.resolve(REPO, '..', 'shared', 'eval');

function filesOf(p: string): string[] {
  return fs
    .readdirSync(p, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(path.join(p, e.name)) : [path.join(p, e.name)]));
}

const blind = [...b4w1, ...b4w2, ...b4w3, ...b5p1, ...b5p2, ...b5p3].map((c: { text: string }) => c.text);
const corpus = fs.existsSync(EVAL) ? filesOf(EVAL).map((f) => fs.readFileSync(f, 'utf8')) : [];

const WORDS = ['please', 'only', 'not', 'any question', 'human agent', '## Rules', '- never', 'Customer:', '"quoted"'];
const LINES = ['', '', '# Heading', '- a list item', '1. first', 'User: hello', 'Assistant: hi', '   ', 'plain words'];

/** One random edit: insert or delete a word, insert or delete a line, or join/split paragraphs. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = Math.floor(r() * 5);
  if (kind === 0) return text.slice(0, at) + WORDS[Math.floor(r() * WORDS.length)] + ' ' + text.slice(at);
  if (kind === 1) {
    const m = /^\S*\s?/.exec(text.slice(at));
    return text.slice(0, at) + text.slice(at + (m ? m[0].length : 1));
  }
  const ls = text.split('\n');
  const i = Math.floor(r() * (ls.length + 1));
  if (kind === 2) ls.splice(i, 0, LINES[Math.floor(r() * LINES.length)]);
  else if (kind === 3) ls.splice(i, 1);
  else ls.splice(i, 0, ls[Math.floor(r() * ls.length)] ?? ''); // a repeated line or paragraph
  return ls.join(crlf(text) ? '\r\n' : '\n');
}

const crlf = (t: string): boolean => t.includes('\r\n');

/** What the passes kept per section give on a document (read before the next document moves its sections). */
function passes(doc: Doc) {
  const ctx = buildContext(doc);
  return {
    clauseLast: [...ctx.clauseLast],
    typedKeywords: typedKeywords(doc),
    notABot: notABot(doc, false),
    notABotOfGrants: notABot(doc, true),
    // Negations, with the ones morphology recognises (kept per section by language vote).
    negation: [...doc.matches.negation, ...doc.matches.negationAfter].map((m) => [m.pattern.source, m.from, m.to]),
  };
}

function same(text: string, what: string): void {
  const label = `${what}: ${JSON.stringify(text.slice(0, 120))}`;
  assert.deepEqual(analyzePrompt(text), analyzeWholeText(text), label);
  assert.deepEqual(passes(buildDocBySections(text)), passes(buildDoc(text)), label);
}

test('sections are cut only where a sentence starts', () => {
  assert.deepEqual(sectionStarts('a\nb\n\nc\n# d\n- e\nf\n1. g\nh'), [0, 5, 7, 11, 17]);
  assert.deepEqual(sectionStarts('\n\n  \n'), [0]);
  assert.deepEqual(sectionStarts('a\r\n\r\nb'), [0, 5]);
  // Cuts depend on the line and the one before only, so an edit never moves the cuts of other sections.
  assert.deepEqual(sectionStarts('x\n#no\n#  yes\n  - item\n-no\nA. item'), [0, 6, 13, 26]);
});

test('passes kept per section read across a cut where the whole text does', () => {
  // A label's colon after a blank line, quotes and clauses at the cut, a scale or code path per section.
  const texts = [
    'If you want a person, please type the word HUMAN\n\n: an agent answers.',
    'Para hablar con alguien escribe la palabra ASESOR\n\n: y un asesor responde.',
    'Write "agent"\n- and a person replies, CS\n# team: agent\nrate 1 to 5\n\n`a/b` `c.md`\n\n`d/e`',
    'Escriba "atendente"\n\n"atendente" y un atendente responde, por favor, gracias',
    // Negated verbs and negative imperatives (morphology) at a section's end, before a cut and after one.
    'Sen bir kargo asistanısın. Ödev yapma, şiir yazma.\n\n- Fiyat söyleme\n# Kurallar\nBunu yapamazsın. Siyaset konuşma!',
    // Values of a configuration mapping in several sections: the bot's own words, where a grant counts.
    'persona: "You answer any question about anything."\n\n- "description": "Helps with any topic"\n# Tools\nname: "x", reply: "We only talk about orders."',
    // Opening hours in Persian digits in one section only (the other sections' digits are not rewritten).
    'پشتیبانی: کارمندان شعبه ساعت ۹ تا ۱۷ پاسخ می‌دهند.\n\n- Our branch staff answer 8:00–17:00.\n\nCall us.',
    '당신은 배송 도우미입니다. 다른 질문에는 답하지 않습니다.\n\n- 농담은 하지 마세요\n# 규칙\n상담원을 못 찾으면 말아야 합니다.',
  ];
  for (const t of texts) {
    same(t, 'seam');
    same(t.replace(/\n/g, '\r\n'), 'seam, CRLF');
  }
});

test("artefact cues from the sections are the whole text's, with a query or a count read across cuts", () => {
  const whole = (text: string) => artefactCues({ text, sections: [{ text }], sectionStart: [0] });
  const cases: [string, string[]][] = [
    ['Write the schema.\nCREATE\n\nTABLE orders (id int)', ['SQL or a database schema']],
    ['Query:\nSELECT\n\nid, total\n\n\nFROM\n\n  orders', ['SQL or a database schema']],
    ['Please select\n\nthe plan you want, then select one from the list.', []],
    ['Expected: refund\n\n- Expected: no refund\n# Output: JSON', ['the expected outcomes of test cases']],
    ['Input: the ticket\n\nOutput: one of `billing`, `delivery`, `other`\n\nsee jobs/run_eval.py', []],
  ];
  for (const [text, want] of cases) {
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      const doc = buildDocBySections(t);
      assert.ok(doc.sections.length > 1, t);
      const got = artefactCues(doc);
      assert.deepEqual(got, whole(t), t);
      for (const cue of want) assert.ok(got.cues.includes(cue), `${cue} in ${JSON.stringify(t)}`);
    }
  }
  for (const t of [...blind, ...corpus]) assert.deepEqual(artefactCues(buildDocBySections(t)), whole(t));
});

test('per-section analysis equals the whole-text analysis on the blind sets', () => {
  for (const [i, t] of blind.entries()) same(t, `blind ${i}`);
});

test('per-section analysis equals the whole-text analysis on the development corpus', { skip: !corpus.length }, () => {
  for (const [i, t] of corpus.entries()) same(t, `eval ${i}`);
});

test('per-section analysis equals the whole-text analysis on edited and joined prompts', () => {
  const r = rng(20261204);
  const texts = [...blind, ...corpus];
  for (let round = 0; round < 40; round++) {
    // A long prompt of a few joined ones (repeated sections included), edited a few times in a row.
    let text = Array.from({ length: 4 }, () => texts[Math.floor(r() * texts.length)]).join(r() < 0.5 ? '\n\n' : '\n');
    if (round % 5 === 0) text = text.replace(/\n/g, '\r\n');
    for (let k = 0; k < 12; k++) {
      text = edit(text, r);
      same(text, `round ${round} edit ${k}`);
    }
  }
  for (const t of texts.slice(0, 60)) {
    let text = t;
    for (let k = 0; k < 6; k++) {
      text = edit(text, r);
      same(text, `edited prompt, edit ${k}`);
    }
  }
});

test('section starts found again around an edit are those of the whole edited text', () => {
  const r = rng(7070);
  const pieces = ['', ' ', '\t', '\r', 'word', '# Title', '- item', '1. one', 'a) x', '  * y', 'plain text.', '##no'];
  const line = (): string =>
    pieces[Math.floor(r() * pieces.length)] + (r() < 0.3 ? pieces[Math.floor(r() * pieces.length)] : '');
  for (let round = 0; round < 3000; round++) {
    const eol = round % 7 === 0 ? '\r\n' : '\n';
    let old = Array.from({ length: 1 + Math.floor(r() * 12) }, line).join(eol);
    if (r() < 0.2) old = eol + old;
    // One change anywhere: characters or whole lines typed, removed or replaced (line breaks and CRs included).
    const at = Math.floor(r() * (old.length + 1));
    const del = Math.floor(r() * Math.min(6, old.length - at + 1));
    const ins =
      r() < 0.5 ? ['\n', '\r\n', ' ', 'x', '\n\n', '# ', '- ', '\n- a\n', ''][Math.floor(r() * 9)] : line() + eol;
    const text = old.slice(0, at) + ins + old.slice(at + del);
    const label = JSON.stringify([old, text]);
    assert.deepEqual(sectionStartsAfterEdit(old, sectionStarts(old), text).starts, sectionStarts(text), label);
  }
  // And between unrelated texts, and the same text.
  for (const [a, b] of [
    ['one\n\ntwo', 'three'],
    ['', 'x\n\ny'],
    ['x\n\ny', ''],
    ['same\n\ntext', 'same\n\ntext'],
  ])
    assert.deepEqual(sectionStartsAfterEdit(a, sectionStarts(a), b).starts, sectionStarts(b));
});
