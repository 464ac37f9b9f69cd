import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import { fixture, lintFixture, shape } from './formatHelpers';

test('n8n: a disabled handoff node is no path to a person; an image-describing chain is preprocessing', () => {
  const { uri, text } = fixture('n8n', 'parcelo.json');
  const model = parseN8n(uri, text);
  const { kinds } = shape(model);
  assert.ok(!('Notify Slack' in kinds), 'disabled nodes are left out');
  assert.equal(kinds['Describe Image'], 'action');
  assert.equal(kinds['Support Agent'], 'llm');
  // The agent's prompt tells it to emit [HANDOFF], but the Slack step is disabled: no human path.
  const r = lintFixture('n8n', 'parcelo.json');
  assert.equal(r.kind, 'n8n');
  assert.ok(!r.rules.includes('flow/open-domain-llm'), r.rules.join());
});

test('n8n: a schedule-only workflow has no conversation, so no flow findings', () => {
  assert.deepEqual(lintFixture('n8n', 'digest.json'), { kind: 'n8n', rules: [], errors: [] });
});

test('n8n: the CLI export of several workflows (a JSON array) is read workflow by workflow', () => {
  const a = fixture('n8n', 'parcelo.json').text;
  const b = fixture('n8n', 'digest.json').text;
  const model = parseN8n('file:///tmp/all.json', `[${a},${b}]`);
  const { kinds } = shape(model);
  assert.equal(kinds['Parcelo WhatsApp support/Support Agent'], 'llm');
  assert.equal(kinds['Daily digest/Schedule Trigger'], 'other');
});
