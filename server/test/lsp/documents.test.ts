/** The open documents' piece-table text behaves as vscode-languageserver-textdocument's TextDocument. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { OpenDocument } from '../../src/lsp/documents';
import { rng } from '../helpers/rng';

const INSERTS = ['', 'a', 'word ', '\n', '\r\n', '\r', 'two\nlines', 'x\r\ny\r\n', 'é', '😀'];

function change(doc: TextDocument, r: () => number): TextDocumentContentChangeEvent {
  const n = doc.getText().length;
  const a = Math.floor(r() * (n + 1));
  const b = Math.min(n, a + Math.floor(r() * 6));
  const text = INSERTS[Math.floor(r() * INSERTS.length)];
  if (r() < 0.02) return { text: `full ${text}` };
  // Positions past the end of a line or of the text are clamped, as editors may send them.
  const start = r() < 0.05 ? { line: doc.lineCount + 2, character: 3 } : doc.positionAt(a);
  const end = r() < 0.05 ? { line: start.line, character: start.character + 40 } : doc.positionAt(b);
  return r() < 0.1 ? { range: { start: end, end: start }, text } : { range: { start, end }, text };
}

test('incremental changes give the same text, positions and offsets as TextDocument', () => {
  const r = rng(42);
  for (const initial of ['', 'one line', 'a\nb\r\nc\rd\n', 'héllo\r\nworld\n\n']) {
    const ref = TextDocument.create('file:///a.md', 'markdown', 1, initial);
    const doc = new OpenDocument('file:///a.md', 'markdown', 1, initial);
    for (let v = 2; v < 600; v++) {
      // Each change of a batch is relative to the text after the previous one, as the protocol says.
      const changes = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
        const c = change(ref, r);
        TextDocument.update(ref, [c], v);
        return c;
      });
      doc.update(changes, v);
      if (r() < 0.3) assert.equal(doc.getText(), ref.getText(), `version ${v}`);
      assert.equal(doc.lineCount, ref.lineCount);
      assert.equal(doc.length, ref.getText().length, `length at version ${v}`);
      assert.equal(doc.version, v);
      const n = ref.getText().length;
      for (const off of [0, n, Math.floor(r() * (n + 2))]) {
        assert.deepEqual(doc.positionAt(off), ref.positionAt(off), `positionAt(${off}) at version ${v}`);
        const pos = ref.positionAt(off);
        assert.equal(doc.offsetAt(pos), ref.offsetAt(pos));
      }
      const range = { start: ref.positionAt(Math.floor(r() * n)), end: ref.positionAt(n) };
      assert.equal(doc.getText(range), ref.getText(range));
    }
    assert.equal(doc.getText(), ref.getText());
  }
});

test('malformed positions (fractions, negatives, strings, null, missing, huge) keep the document consistent', () => {
  const init = 'line one\nline two\r\nline three\n';
  const cases: [unknown, unknown][] = [
    [
      { line: -5, character: -3 },
      { line: 0, character: 4 },
    ],
    [
      { line: 1, character: -10 },
      { line: 1, character: 1e9 },
    ],
    [
      { line: 1.5, character: 2.7 },
      { line: 2, character: 1 },
    ],
    [
      { line: 'x', character: 0 },
      { line: 1, character: 0 },
    ],
    [
      { line: null, character: 0 },
      { line: 1, character: 0 },
    ],
    [{ line: 1 }, { line: 1, character: 2 }],
    [
      { line: 1e12, character: 0 },
      { line: -1e12, character: 0 },
    ],
    [
      { line: NaN, character: Infinity },
      { line: 2 ** 31, character: 2 ** 31 },
    ],
  ];
  // What a valid client means by each: the nearest unsigned integers (a fraction floored, anything else 0).
  const valid = (p: unknown) => {
    const u = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
    const q = p as { line?: unknown; character?: unknown };
    return { line: u(q.line), character: u(q.character) };
  };
  for (const [start, end] of cases) {
    const doc = new OpenDocument('file:///a.md', 'markdown', 1, init);
    const ref = TextDocument.create('file:///a.md', 'markdown', 1, init);
    const range = { start, end } as unknown as { start: { line: number; character: number }; end: typeof range.start };
    doc.update([{ range, text: 'X\n' }], 2);
    TextDocument.update(ref, [{ range: { start: valid(start), end: valid(end) }, text: 'X\n' }], 2);
    const label = JSON.stringify({ start, end });
    assert.equal(doc.getText(), ref.getText(), label);
    assert.equal(doc.length, ref.getText().length, label);
    assert.equal(doc.lineCount, ref.lineCount, label);
    doc.update([{ text: 42 as unknown as string }], 3);
    assert.equal(doc.getText(), '42', `a text that is not a string, after ${label}`);
    assert.equal(doc.length, 2);
  }
});
