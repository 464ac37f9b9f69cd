/**
 * Incremental JSON parsing (formats/shared/jsonReparse.ts, through parseJson): after every edit of a sequence
 * (typed and deleted characters inside strings, structural characters anywhere, pasted JSON), the tree and
 * issues of the large file equal those of a whole parse of the same text, and edits inside a value do reuse
 * the kept tree.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseJson, type JNode } from '../../src/formats/shared/jsonSource';
import { forgetTree } from '../../src/formats/shared/jsonReparse';
import { REPO } from '../helpers/fsHost';
import { rng } from '../helpers/rng';

/** A large export: the nodes of a fixture workflow repeated (renamed) until the file passes 40 KB. */
let built: string | undefined;
function largeExport(): string {
  if (built) return built;
  const wf = JSON.parse(fs.readFileSync(path.join(REPO, 'test-fixtures/formats/n8n/parcelo.json'), 'utf8'));
  const nodes: unknown[] = [];
  for (let i = 0; JSON.stringify(nodes).length < 40_000; i++)
    for (const n of wf.nodes) nodes.push({ ...n, name: `${n.name} ${i}`, id: `${n.id ?? 'n'}-${i}` });
  return (built = JSON.stringify({ ...wf, nodes }, null, 2));
}

/** Type, offsets, value and children of a tree, as plain data (parent links left out). */
function shape(n: JNode | undefined): unknown {
  if (!n) return undefined;
  return [n.type, n.offset, n.length, n.colonOffset, n.value, (n.children ?? []).map(shape)];
}

/** A whole parse of `text` (under another name: the edited file's kept tree is left alone), named `uri`. */
function whole(text: string, uri: string) {
  const other = 'file:///whole.json';
  forgetTree(other);
  const src = parseJson(other, text);
  forgetTree(other);
  return { root: src.root, issues: JSON.parse(JSON.stringify(src.issues).split(other).join(uri)) };
}

type Edit = (t: string, r: () => number) => string;
const at = (t: string, r: () => number) => Math.floor(r() * t.length);
/** Somewhere inside a string value (after a `": "`), where most edits of a prompt fall. */
function inString(t: string, r: () => number): number {
  const from = at(t, r);
  const i = t.indexOf('": "', from);
  return i < 0 ? from : Math.min(t.length, i + 4 + Math.floor(r() * 6));
}
const EDITS: Edit[] = [
  (t, r) => ((i) => t.slice(0, i) + 'x' + t.slice(i))(inString(t, r)),
  (t, r) => ((i) => t.slice(0, i) + t.slice(i + 1))(inString(t, r)),
  (t, r) => ((i) => t.slice(0, i) + ' please' + t.slice(i))(inString(t, r)),
  (t, r) => ((i) => t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 12)))(at(t, r)),
  (t, r) =>
    ((i) => t.slice(0, i) + ['"', ',', '{', '}', '[', ']', ':', '\\', '/*', '//'][i % 10] + t.slice(i))(at(t, r)),
  (t, r) => ((i) => t.slice(0, i) + '{"a": [1, 2, {"b": null}], "c": "d"}' + t.slice(i))(at(t, r)),
  (t, r) => ((i) => t.slice(0, i) + '"k": 1, "k": 2, ' + t.slice(i))(inString(t, r)),
];

test('an edited large JSON file parses to the tree and issues of a whole parse', () => {
  const uri = 'file:///edited.json';
  const r = rng(12);
  let text = largeExport();
  let last = parseJson(uri, text);
  let reused = 0;
  for (let step = 0; step < 600; step++) {
    // Mostly edits inside strings; a broken file is put back now and then, as a user fixes a typo.
    const broken = last.issues.length > 0;
    const edit = broken && r() < 0.5 ? undefined : EDITS[r() < 0.7 ? Math.floor(r() * 3) : Math.floor(r() * 7)];
    const next = edit ? edit(text, r) : largeExport();
    const src = parseJson(uri, next);
    const ref = whole(next, uri);
    assert.deepEqual(shape(src.root), shape(ref.root), `tree after edit ${step}`);
    assert.deepEqual(src.issues, ref.issues, `issues after edit ${step}`);
    if (src.root && src.root === last.root) reused++;
    text = next;
    last = src;
  }
  assert.ok(reused > 200, `edits inside one value re-parse only that value (${reused} of 600)`);
  forgetTree(uri);
});

test('small files and files with issues are parsed whole', () => {
  const uri = 'file:///small.json';
  const a = parseJson(uri, '{"nodes": [{"name": "a"}]}');
  const b = parseJson(uri, '{"nodes": [{"name": "ab"}]}');
  assert.notEqual(a.root, b.root);
  const big = largeExport();
  const withDup = big.replace('{', '{"x": 1, "x": 2,');
  const c = parseJson(uri, withDup);
  assert.equal(c.issues.length, 1);
  const d = parseJson(uri, withDup.replace('"x": 2', '"x": 3'));
  assert.notEqual(c.root, d.root);
  assert.deepEqual(d.issues.length, 1);
  forgetTree(uri);
});
