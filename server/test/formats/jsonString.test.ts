import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJsonString } from '../../src/model/text';

test('JSON strings decode with offsets back into the source', () => {
  for (const value of ['plain text', 'line one\nline "two"\t\\ end', 'caf\u00e9 \u{1F600} \u2013 x', '', 'trailing\\']) {
    const source = `{"k": ${JSON.stringify(value)}}`;
    const start = source.indexOf('"', 5);
    const m = decodeJsonString('u', source, start, source.length - 1);
    assert.equal(m.text, value);
    for (let i = 0; i < m.text.length; i++) {
      const at = m.toSource(i);
      assert.ok(at > start && at < source.length - 1, `offset ${at} of ${i} in ${JSON.stringify(value)}`);
      // Unescaped characters map onto themselves.
      if (!'\n\t"\\'.includes(m.text[i])) assert.equal(source[at], m.text[i]);
    }
  }
});
