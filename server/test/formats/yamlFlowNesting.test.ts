import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yamlFlowNesting } from '../../src/input/limits';

/** The scan without the openers' count (the answer before perf13): every character read. */
function reference(text: string, max: number): { depth: number; at: number } | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 10 && depth === 0) quote = 0;
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if ((c === 34 || c === 39) && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > max) return { depth, at: i };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

test('YAML flow nesting: the same answer as a scan of every character, few or many openers', () => {
  let s = 7;
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
  const pieces = ['[', '{', ']', '}', 'a', ' ', '\n', '#', '"', "'", ': ', ', ', 'key: value\n'];
  for (let round = 0; round < 5000; round++) {
    let text = '';
    const n = Math.floor(next() * 60);
    for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
    const max = Math.floor(next() * 6);
    assert.deepEqual(yamlFlowNesting(text, max), reference(text, max), JSON.stringify({ text, max }));
  }
  const deep = '['.repeat(250) + ']'.repeat(250);
  assert.deepEqual(yamlFlowNesting(deep, 200), { depth: 201, at: 200 });
  assert.equal(yamlFlowNesting('messages:\n  - content: "{{a}} [b]"\n', 200), undefined);
});
