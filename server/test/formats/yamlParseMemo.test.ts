/**
 * `parseYaml` answers a second read of the same text (the adapter's parse, then the suppression anchors of the
 * finding assembly) with the same parse, and parses again when the text, the file or the limits differ.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml } from '../../src/formats/shared/yamlSource';
import { DEFAULT_LIMITS, withLimits } from '../../src/input/limits';

const TEXT = 'messages:\n  - role: system\n    content: |\n      You sell shoes.\n';

test('the same text of the same file under the same limits is parsed once', () => {
  const a = parseYaml('file:///a.prompt.yml', TEXT);
  assert.equal(parseYaml('file:///a.prompt.yml', TEXT), a);
  assert.equal(
    withLimits({ ...DEFAULT_LIMITS }, () => parseYaml('file:///a.prompt.yml', TEXT)),
    a,
    'equal limits in another object',
  );
  assert.notEqual(parseYaml('file:///b.prompt.yml', TEXT), a, 'another file');
  const edited = parseYaml('file:///a.prompt.yml', TEXT.replace('shoes', 'boots'));
  assert.notEqual(edited, a);
  assert.match(String(edited.doc), /boots/);
});

test('other limits parse again, and give their own issues', () => {
  const deep = 'a: ' + '['.repeat(30) + ']'.repeat(30) + '\n';
  const open = parseYaml('file:///deep.yml', deep);
  assert.equal(open.issues.length, 0);
  const strict = withLimits({ ...DEFAULT_LIMITS, maxDepth: 10 }, () => parseYaml('file:///deep.yml', deep));
  assert.notEqual(strict, open);
  assert.equal(strict.issues[0]?.rule, 'input/limits');
});
