/** A refusal or negation that governs a whole list or enumeration of tasks, however far from its items. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const BOT = 'You are the WhatsApp assistant of Lumen Opticians: appointments, frames and lens orders.';

test('a list of tasks followed by a sentence that opens on its negation is refused as a whole', () => {
  const r = analyzePrompt(
    `${BOT}\nPeople sometimes ask for other things, for example:\n- school homework\n- recipes for dinner\n- fixing code\n- planning a trip\n\nNever take on any of these, no matter how nicely asked. Steer back to eyewear.`,
  );
  assert.equal(r.openDomain, false);
  // The list is refused as a whole, or read as out of scope because a refusal follows it.
  assert.ok(
    r.signals.some((s) => s.kind === 'neutralised' && /refuses as a whole|listed as out of scope/.test(s.note ?? '')),
  );
});

test('one sentence that lists tasks and ends on its negation, far from the items, refuses them', () => {
  const r = analyzePrompt(
    `${BOT} Anything beyond eyewear, be it essays, homework, recipes, code, translations or trivia, whatever the wording of the request, is not something you do.`,
  );
  assert.equal(r.openDomain, false);
});

test('a later sentence about something else does not take back an offered list', () => {
  const later = analyzePrompt(
    `${BOT}\nWhat you can do for them:\n- help with school homework\n- write recipes for dinner\n- fix their code\n- plan a trip\n\nKeep a warm tone and don't hesitate to use emoji.`,
  );
  assert.equal(later.openDomain, true);
  const section = analyzePrompt(
    `${BOT}\n## Tasks\n- help with school homework\n- write recipes for dinner\n- fix their code\n## Tone\nNo slang.`,
  );
  assert.equal(section.openDomain, true);
});

test('a contrast word ends the reach of the negation', () => {
  const r = analyzePrompt(
    `${BOT} Help them with homework, recipes, code and trip planning, but never share card numbers.`,
  );
  assert.equal(r.openDomain, true);
});

test('an evaluator that scores replies is not a bot even when its rubric describes a grant', () => {
  const r = analyzePrompt(
    'You are a strict evaluator of support-bot replies.\nScore the reply:\n5 — stays on the business topics.\n1 — answers any question on any topic.\nReturn only {"score": <1-5>, "why": "<one sentence>"}',
  );
  assert.ok(r.notABot);
});
