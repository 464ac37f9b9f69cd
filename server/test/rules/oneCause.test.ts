/** One finding per cause: grant phrases of one sentence or one list are one diagnostic, the others related. */

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const ROOT = path.resolve('/nonexistent-wa-one-cause');

function grantFindings(name: string, text: string) {
  const file = path.join(ROOT, name, 'p/a.system.md');
  const result = createPolicyService({ host: testHost({ [file]: text }) }).lint(toUri(file));
  assert.ok(result);
  return result.findings.filter((f) => f.rule === 'prompt/open-domain-grant');
}

const HEAD =
  'You are the WhatsApp assistant of Acme Shop.\nIf the customer asks for a person, call `handoff_to_agent`.\n';

test('several grant phrases in one sentence are one finding with the others related', () => {
  const f = grantFindings(
    'sentence',
    `${HEAD}Answer any question on any topic, like ChatGPT, and write essays or code.\n`,
  );
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.ok((f[0].related ?? []).length >= 1);
});

test('a list of grants and task offers is one finding; each other item is related information', () => {
  const list = [
    'You can also:',
    '- answer any question on any topic',
    '- write essays and poems for the user',
    '- help with homework in any subject',
    '- debug code in any language',
  ].join('\n');
  const f = grantFindings('list', `${HEAD}${list}\n`);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.ok((f[0].related ?? []).length >= 2, JSON.stringify(f[0].related));
});

test('grants in separate paragraphs are separate causes', () => {
  const f = grantFindings(
    'paragraphs',
    `${HEAD}\nAnswer any question the user asks, on any topic.\n\nYou can also write essays, poems and code for anyone who asks.\n`,
  );
  assert.equal(f.length, 2, f.map((x) => x.message).join('\n'));
});

test('grants found by the classifier (no lexicon phrase) and by the lexicon in one list are one finding', () => {
  const list = [
    'What patients can expect:',
    '- Patients should feel they can raise absolutely anything with you.',
    '- Patients should feel they can bring up science, sport or celebrities with you too.',
    '- Patients may treat you as their everyday know-it-all companion.',
  ].join('\n');
  const f = grantFindings('learned', `${HEAD}${list}\n`);
  assert.equal(f.length, 1, f.map((x) => x.message).join('\n'));
  assert.match(f[0].message, /absolutely anything/);
  assert.ok((f[0].related ?? []).length >= 1, JSON.stringify(f[0].related));
});
