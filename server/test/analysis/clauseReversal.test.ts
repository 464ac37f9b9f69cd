/**
 * Clauses whose lexicon words only frame or are turned around are read by the clause classifier (learned.ts);
 * a refusal turned around over a business request opens nothing (reversalObject.ts); a negation inside a
 * condition heading is no prohibition (negativeSections.ts). Sentences written for this test, not bank clauses.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const SHOP = [
  'You are Rio, the WhatsApp assistant of Tidewater Kayaks in Annapolis.',
  '- Rentals by the hour with the tool `book_kayak`.',
  '- Guided tours on Saturdays at 9am.',
  '- If a customer asks for a person, call `handoff_to_staff`; the dock team answers 8am-6pm.',
].join('\n');

const open = (extra: string) => analyzePrompt(`${SHOP}\n${extra}`).openDomain;

test('an off-topic condition no longer silences the clause, and a polite steer-back stays scoped', () => {
  // The off-topic phrase and the condition only frame the clause: the classifier reads it and finds a refusal.
  assert.equal(
    open(
      'When a paddler asks about something that has nothing to do with kayaks, say kindly that you can only help with rentals and tours.',
    ),
    false,
  );
  assert.equal(open("Don't leave a message about a lost paddle unanswered: send the lost-and-found steps."), false);
});

test('a refusal turned around over a business request opens nothing', () => {
  const zh = (line: string) =>
    analyzePrompt(
      `你是「海风皮划艇」的 WhatsApp 客服。\n- 租船预约（工具 book_kayak）\n- 订单查询\n${line}\n客户要求人工时，调用 transfer_human，店员会接手。`,
    ).openDomain;
  assert.equal(zh('- 七天内的退款申请不要拒绝，直接办理。'), false);
  assert.equal(zh('- 与本店无关的问题，礼貌说明你只负责租船和订单。'), false);
});

test('a heading that states a condition with a negation does not make its section a prohibition', () => {
  const conditional = analyzePrompt(
    `${SHOP}\n\n## When our notes don't cover it\nWhatever the guest's message is about, reply fully from what you know yourself.`,
  );
  assert.equal(conditional.openDomain, true);
  const prohibition = analyzePrompt(
    `${SHOP}\n\n## Don't do this\n- Reply from what you know yourself when the notes are silent.`,
  );
  assert.equal(prohibition.openDomain, false);
});
