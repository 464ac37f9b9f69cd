/**
 * An edit inside one line of a literal block scalar moves the last parse's tree instead of parsing again
 * (`reparseBlockEdit`): after each of 800 random edits (typing and deleting in the prompt, line breaks, spaces at
 * the indentation, structural characters, edits of other values) the tree it gives, when it gives one, equals a
 * whole parse of the edited text: every node's kind, range and value, the document's range, no issues.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap, isPair, isScalar, isSeq, type Node as YNode } from 'yaml';
import { reparseBlockEdit } from '../../src/formats/shared/yamlBlockEdit';
import { parseYaml, type YamlSource } from '../../src/formats/shared/yamlSource';

let uriCount = 0;
/** A whole parse (a file name of its own, so the last-parse memo never answers). */
const fresh = (text: string): YamlSource => parseYaml(`file:///fresh-${uriCount++}.prompt.yml`, text);

function shape(n: unknown): unknown {
  if (isPair(n)) return ['pair', shape(n.key), shape(n.value)];
  if (isScalar(n)) return ['scalar', n.type, n.range, n.value, (n as { source?: unknown }).source];
  if (isMap(n) || isSeq(n)) return [isMap(n) ? 'map' : 'seq', n.range, n.items.map(shape)];
  return n === null || n === undefined ? null : ['other', (n as YNode).range];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = ['always', 'never', 'answer', 'questions', 'about', 'orders', '#', '- ', ':', '"', "'", '[', '{', '|'];

function prompt(r: () => number, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const k = r();
    if (k < 0.08) out.push('');
    else if (k < 0.12) out.push('  more indented: ' + WORDS[Math.floor(r() * 6)]);
    else if (k < 0.16) out.push('# Heading ' + i);
    else if (k < 0.2) out.push('- item ' + i + ': ' + WORDS[Math.floor(r() * WORDS.length)]);
    else out.push(`Line ${i}: you ${WORDS[Math.floor(r() * 6)]} help customers with their orders and returns.`);
  }
  return out.map((l) => (l ? '      ' + l : l)).join('\n');
}

function document(r: () => number): string {
  const chomp = ['', '-', '+'][Math.floor(r() * 3)];
  return (
    `name: Assistant\nmodel: openai/gpt-4o\nmessages:\n  - role: system\n    content: |${chomp}\n${prompt(r, 300)}\n` +
    `  - role: user\n    content: >\n      {{input}} folded\n      text\n\n  - role: assistant\n    content: "ok"\n` +
    `testData:\n  - input: hello\n`
  );
}

function randomEdit(r: () => number, text: string): string {
  const at = Math.floor(r() * text.length);
  const k = r();
  if (k < 0.35) return text.slice(0, at) + WORDS[Math.floor(r() * WORDS.length)] + ' ' + text.slice(at);
  if (k < 0.55) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
  if (k < 0.65) return text.slice(0, at) + '\n' + text.slice(at);
  if (k < 0.75) return text.slice(0, at) + ' '.repeat(1 + Math.floor(r() * 3)) + text.slice(at);
  if (k < 0.85) {
    // Around the start of a line: the indentation.
    const ls = text.lastIndexOf('\n', at) + 1;
    const p = ls + Math.floor(r() * 8);
    return r() < 0.5 ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + 'x' + text.slice(p);
  }
  return text.slice(0, at) + String.fromCharCode(32 + Math.floor(r() * 95)) + text.slice(at);
}

test('a tree moved after an edit in a literal block equals a whole parse of the edited text', () => {
  const r = rng(12);
  let taken = 0;
  let text = document(r);
  for (let i = 0; i < 800; i++) {
    if (i % 200 === 0) text = document(r);
    const prev = fresh(text);
    const next = randomEdit(r, text);
    const moved = reparseBlockEdit(prev, next);
    const whole = fresh(next);
    if (moved) {
      taken++;
      assert.deepEqual(whole.issues, [], `edit ${i}: the whole parse has no issues`);
      assert.deepEqual(moved.issues, []);
      assert.deepEqual(shape(moved.doc.contents), shape(whole.doc.contents), `edit ${i}`);
      assert.deepEqual(moved.doc.range, whole.doc.range, `edit ${i}: document range`);
      assert.equal(moved.text, next);
    }
    // Edits that break the file are not kept: the next edits start from a file that parses.
    if (!whole.issues.length && whole.doc.errors.length === 0) text = next.length > 60_000 ? document(r) : next;
  }
  assert.ok(taken > 200, `edits inside the block taken without a parse: ${taken}`);
});

test('the previous tree is not changed, and parseYaml uses the move for the next version of the same file', () => {
  const r = rng(3);
  const text = document(r);
  const uri = 'file:///edited.prompt.yml';
  const first = parseYaml(uri, text);
  const before = JSON.stringify(shape(first.doc.contents));
  const at = text.indexOf('help customers', 2000);
  const next = text.slice(0, at) + 'kindly ' + text.slice(at);
  const second = parseYaml(uri, next);
  assert.equal(JSON.stringify(shape(first.doc.contents)), before, 'the last parse is left as it was');
  assert.deepEqual(shape(second.doc.contents), shape(fresh(next).doc.contents));
  assert.notEqual(reparseBlockEdit(first, next), undefined, 'the edit is one the move covers');
});

test('edits the move does not cover parse the whole text', () => {
  const r = rng(5);
  const text = document(r);
  const prev = fresh(text);
  const first = text.indexOf('content: |') + text.slice(text.indexOf('content: |')).indexOf('\n') + 1;
  const cases = [
    text.slice(0, first + 6) + ' ' + text.slice(first + 6), // the first content line sets the indentation
    text.slice(0, first + 2000) + '\n' + text.slice(first + 2000), // a line break
    text.replace('name: Assistant', 'name: Assistent'), // not in a block scalar
    text.replace('{{input}} folded', '{{input}} fold'), // a folded block
    text.slice(0, 3000) + '\u0007' + text.slice(3000), // a control character
  ];
  for (const [i, t] of cases.entries()) assert.equal(reparseBlockEdit(prev, t), undefined, `case ${i}`);
  const anchored = text.replace('content: |', 'content: &p |');
  const at = anchored.indexOf('help customers', 3000);
  assert.equal(
    reparseBlockEdit(fresh(anchored), anchored.slice(0, at) + 'x' + anchored.slice(at)),
    undefined,
    'an anchored scalar may have copies',
  );
});
