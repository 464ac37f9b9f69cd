import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isScalar, visit, type Document } from 'yaml';
import { YamlChunkCache } from '../../src/formats/shared/yamlChunks';
import { parseYaml } from '../../src/formats/shared/yamlSource';

function flowsFile(n: number): string {
  const out = ['# generated', 'version: "3.1"', 'flows:'];
  for (let i = 0; i < n; i++) {
    out.push(`  flow_${i}:`, `    description: The customer wants task number ${i} done.`, '    steps:', `      - collect: slot_${i}`, '        description: |', `          Ask for slot ${i}`, '          politely.', `      - action: utter_done_${i}`, '        next:', `          - if: slots.slot_${i} > ${i}`, '            then: END', '          - else: END', '');
  }
  return out.join('\n');
}

function scalars(doc: Document.Parsed): string[] {
  const out: string[] = [];
  visit(doc, { Scalar(_, s) { if (isScalar(s)) out.push(`${String(s.value)}@${s.range?.join(',')}`); } });
  return out;
}

test('chunked parse equals the full parse, values and ranges, across edits', () => {
  const cache = new YamlChunkCache();
  let text = flowsFile(300);
  assert.ok(text.length > 16 * 1024);
  for (const edit of [0, 1, 2]) {
    const full = parseYaml('file:///f.yml', text);
    const chunked = cache.parse('file:///f.yml', text);
    assert.deepEqual(chunked.doc.toJS(), full.doc.toJS());
    assert.deepEqual(scalars(chunked.doc), scalars(full.doc));
    assert.equal(chunked.issues.length, 0);
    // Insert text in the middle: every later piece shifts.
    const at = text.indexOf(`flow_${100 + edit * 50}:`);
    text = text.slice(0, at) + `flow_new_${edit}:\n    description: inserted\n    steps: []\n  ` + text.slice(at);
  }
});

test('files that are not plain block style take the full parser', () => {
  const cache = new YamlChunkCache();
  const text = `base: &b {a: 1}\n${flowsFile(200)}\nother: *b\n`;
  const parsed = cache.parse('file:///f.yml', text);
  assert.deepEqual(parsed.doc.toJS(), parseYaml('file:///f.yml', text).doc.toJS());
});

test('a syntax error in one piece is reported at its file offset', () => {
  const cache = new YamlChunkCache();
  const base = flowsFile(200);
  const at = base.indexOf('flow_150:');
  const text = base.slice(0, at) + 'flow_bad: [unclosed\n  ' + base.slice(at);
  const parsed = cache.parse('file:///f.yml', text);
  assert.ok(parsed.issues.length > 0);
  assert.ok(parsed.issues[0].ref.span.start >= at, `error at ${parsed.issues[0].ref.span.start}, piece starts at ${at}`);
});
