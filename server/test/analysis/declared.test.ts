/**
 * declarations (analysis/variables.ts) starts its regex only near a `name: "` anchor: it must find
 * exactly the declarations that one `matchAll` over the whole text finds, on the blind sets, the
 * development corpus and random texts made of names, separators, quotes and line breaks.
 */

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DECLARED, declarations } from '../../src/analysis/variables';
import { REPO } from '../helpers/fsHost';
import b4w1 from './blind4/w1.json';
import b5p1 from './blind5/p1.json';
import { rng } from '../helpers/rng';

/** The quoted declarations as the plain whole-text scan gives them: offset and match. */
function reference(text: string): [number, string][] {
  return [...text.matchAll(new RegExp(DECLARED.source, DECLARED.flags))].map((m) => [m.index ?? 0, m[0]]);
}

function anchored(text: string): [number, string][] {
  return declarations(text).map((m) => [m.index, m[0]]);
}

function filesOf(p: string): string[] {
  return fs
    .readdirSync(p, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(path.join(p, e.name)) : [path.join(p, e.name)]));
}

const PIECES = [
  '{{x}}',
  'a',
  '名',
  '_',
  '.',
  '-',
  ' ',
  '   ',
  '\n',
  '\t',
  ':',
  '=',
  '"',
  "'",
  ',',
  '{',
  '(',
  '😀',
  'é',
];
const NAMES = ['name', 'business_name: ""', "k = 'v'", 'x'.repeat(61), '\u00a0', 'n'.repeat(60) + ' '.repeat(200)];

test('declared values: the anchored scan finds what the whole-text scan finds', () => {
  const eval_ = path.resolve(REPO, '..', 'shared', 'eval');
  const texts = [...b4w1, ...b5p1].map((c: { text: string }) => `{{slot}}\n${c.text}`);
  if (fs.existsSync(eval_)) for (const f of filesOf(eval_)) texts.push(`{{slot}} ${fs.readFileSync(f, 'utf8')}`);
  const r = rng(12);
  for (let i = 0; i < 20_000; i++) {
    let s = '{{x}}';
    for (let k = Math.floor(r() * 40); k >= 0; k--)
      s += r() < 0.8 ? PIECES[Math.floor(r() * PIECES.length)] : NAMES[Math.floor(r() * NAMES.length)];
    texts.push(s);
  }
  for (const t of texts) assert.deepEqual(anchored(t), reference(t), JSON.stringify(t.slice(0, 200)));
});
