import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, lineIndexOf } from '../../src/model/text';

/** The line starts as LSP counts them: after LF, after CRLF, after a lone CR. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function randomText(seed: number, withCr: boolean): string {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
  const pieces = ['a', 'word ', 'é', '\n', '\n\n', '  ', 'ü', '😀'];
  if (withCr) pieces.push('\r\n', '\r', '\r\r\n');
  let out = '';
  const n = Math.floor(next() * 200);
  for (let i = 0; i < n; i++) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

test('line index: the same lines with and without CR as the character-by-character reference', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const text = randomText(seed, seed % 2 === 0);
    const index = new LineIndex(text);
    const starts = referenceStarts(text);
    assert.equal(index.lineCount, starts.length, JSON.stringify(text));
    for (let line = 0; line < starts.length; line++) assert.equal(index.lineStart(line), starts[line]);
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, character } = index.position(offset);
      assert.ok(starts[line] <= offset && (line + 1 >= starts.length || offset < starts[line + 1]));
      assert.ok(character <= offset - starts[line]);
    }
  }
  for (const text of ['', '\n', 'a', 'a\n', '\r', '\r\n', 'a\rb\nc\r\nd']) {
    assert.deepEqual(
      Array.from({ length: new LineIndex(text).lineCount }, (_, i) => new LineIndex(text).lineStart(i)),
      referenceStarts(text),
    );
  }
});

test('line index: one per text for the callers of a lint, a new one for another text', () => {
  const a = 'one\ntwo\n';
  const b = 'one\ntwo\nthree\n';
  const first = lineIndexOf(a);
  assert.equal(lineIndexOf(a), first);
  assert.equal(lineIndexOf(a.slice(0, 4) + a.slice(4)), first, 'an equal text built anew');
  const other = lineIndexOf(b);
  assert.notEqual(other, first);
  assert.equal(other.lineCount, 4);
  assert.equal(lineIndexOf(a), first);
});
