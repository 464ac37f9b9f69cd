import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanFlowNesting as reference, yamlFlowNesting } from '../../src/input/limits';

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
