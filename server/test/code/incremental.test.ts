import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { parseCode } from '../../src/formats/code/parser';

before(() => loadCodeParsers());

/** Deterministic pseudo-random edits (insertions, deletions, replacements) across a file larger than one chunk. */
function* edits(text: string, n: number): Generator<string> {
  let seed = 7;
  const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
  let cur = text;
  for (let i = 0; i < n; i++) {
    const at = next(cur.length);
    const del = next(3) === 0 ? next(40) : 0;
    const ins = ['x', '\n', 'é', '// note\n', '"', ''][next(6)];
    cur = cur.slice(0, at) + ins + cur.slice(at + del);
    yield cur;
  }
}

test('an edited file parses to the same tree incrementally as from scratch', () => {
  const lines: string[] = ["import OpenAI from 'openai';"];
  for (let i = 0; i < 400; i++)
    lines.push(`export function f${i}(x: number): string {`, `  return \`\${x * ${i}}\`;`, '}');
  let step = 0;
  for (const text of edits(lines.join('\n'), 60)) {
    const incremental = parseCode('file:///bench/a.ts', text, 'typescript');
    const fresh = parseCode(`file:///bench/fresh${step++}.ts`, text, 'typescript');
    assert.equal(incremental?.rootNode.toString(), fresh?.rootNode.toString(), `edit ${step}`);
  }
});
