/** The learned clause classifier as a signal where the lexicon is silent (analysis/learned.ts). */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const BASE = 'You are the WhatsApp assistant of Brightline Dental. You book, move and cancel appointments.';
// No lexicon phrase matches this sentence; the classifier reads it as a grant (it is not in the clause bank).
const OPENING = 'Patients should feel they can raise absolutely anything with you.';

test('a sentence the lexicon is silent on, classified as a confident grant, opens the bot; the hover names class and score', () => {
  const a = analyzePrompt(`${BASE} ${OPENING}`);
  assert.equal(a.openDomain, true);
  const s = a.signals.find((x) => x.kind === 'grant');
  assert.ok(s, a.signals.map((x) => x.kind).join(','));
  assert.equal(s.text, OPENING.slice(0, -1));
  assert.match(s.note ?? '', /^classifier: (grant|task-offer) \(0\.\d\d\)$/);
  assert.equal(a.confidence, undefined);
});

test('the classifier does not read quoted speech, and stays quiet on neutral instructions', () => {
  const quoted = analyzePrompt(
    `${BASE} Some patients write: "You should feel you can raise absolutely anything with me." Politely decline and offer an appointment instead.`,
  );
  assert.equal(quoted.openDomain, false);
  assert.ok(!quoted.signals.some((s) => (s.note ?? '').startsWith('classifier')));
  const neutral = analyzePrompt(
    `${BASE} Explain each step one at a time, in plain words. If a patient writes in Spanish, reply in Spanish. Keep replies under 60 words.`,
  );
  assert.equal(neutral.openDomain, false);
  assert.ok(!neutral.signals.some((s) => (s.note ?? '').startsWith('classifier')));
});

test('where the lexicon spoke, its verdict stands: a refused grant is not re-opened by the classifier', () => {
  const a = analyzePrompt(
    `${BASE} Do not answer questions about anything else; say you can only help with appointments.`,
  );
  assert.equal(a.openDomain, false);
  assert.ok(!a.signals.some((s) => (s.note ?? '').startsWith('classifier')));
});
