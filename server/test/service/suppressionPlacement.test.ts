import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../src/model/text';
import { anchorResolver } from '../../src/service/suppressionPlacement';

const YAML = [
  'messages:',
  '  - role: system',
  '    content: |',
  '      You sell shoes.',
  '      Answer any question.',
  '  - role: user',
  '    content: hi',
  '',
].join('\n');

test('a finding inside a block scalar is suppressed above its key; elsewhere on its own line', () => {
  const index = new LineIndex(YAML);
  const at = anchorResolver('prompt-yml', YAML, () => index);
  assert.equal(at(YAML.indexOf('Answer any')), 2, 'the line of `content: |`');
  assert.equal(at(YAML.indexOf('user')), 5, 'a plain scalar keeps its own line');
  assert.equal(at(YAML.indexOf('hi')), 6);
});

test('nested maps and sequences are descended to the scalar that holds the offset', () => {
  const text = [
    'flows:',
    '  a:',
    '    steps:',
    '      - action: x',
    '  b:',
    '    description: >',
    '      Off topic',
    '      answers.',
    '',
  ].join('\n');
  const index = new LineIndex(text);
  const at = anchorResolver('rasa', text, () => index);
  assert.equal(at(text.indexOf('answers')), 5);
  assert.equal(at(text.indexOf('x')), 3);
});
