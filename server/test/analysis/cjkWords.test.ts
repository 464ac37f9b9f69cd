/** Chinese and Japanese words (tokenize.ts): dictionary word edges for function words, clause commas for negation. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { buildDoc } from '../../src/analysis/doc';
import type { Category } from '../../src/analysis/lexicon';
import { atWordStart, tokenize } from '../../src/analysis/tokenize';

function found(text: string, category: Category): string[] {
  const d = buildDoc(text);
  return d.matches[category].map((m) => d.norm.text.slice(d.tokens[m.from].start, d.tokens[m.to - 1].end));
}

test('tokenize: Han and kana stay one token a character, with exact offsets; word starts come from the dictionary', () => {
  const text = '请联系别人。ご質問はありますか';
  const toks = tokenize(text);
  assert.equal(toks.length, [...text].filter((c) => c !== '。').length);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  const at = (ch: string): number => toks.findIndex((t) => t.text === ch);
  assert.ok(!atWordStart('conditional', toks, at('人')), '别人 is one word');
  assert.ok(!atWordStart('conditional', toks, at('問')), '質問 is one word');
  assert.ok(atWordStart('conditional', toks, at('别')));
  assert.ok(atWordStart('negation', toks, at('人')), 'negation is not held to word starts');
});

test('tokenize: a long run without punctuation stays linear', () => {
  const run = '我们的门店提供订单查询和退款服务'.repeat(6000);
  const t0 = process.hrtime.bigint();
  const toks = tokenize(run);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(toks.length, run.length);
  assert.ok(ms < 3000, `${ms} ms`);
  assert.equal(typeof atWordStart('conditional', toks, 50_000), 'boolean');
});

test('Chinese: a condition word inside a compound is no condition; one that starts a word is', () => {
  assert.deepEqual(found('比如退换货、物流跟踪。', 'conditional'), []);
  assert.deepEqual(found('如需发票，请留下邮箱。', 'conditional'), ['如']);
  assert.deepEqual(found('假如包裹丢了，请联系我们。', 'conditional'), ['假如']);
});

test('Chinese: negation particles still match where the dictionary glues them to a verb or adverb', () => {
  assert.ok(found('门店也不能代客下单。', 'negation').length > 0);
  assert.ok(found('别用网络上的说法回复顾客。', 'negation').includes('别'));
});

const SHOP = '你是晴川花店的微信客服，负责花束预订、配送时间和售后。';

test('Chinese: a negation does not reach past a clause comma "，", a list comma "、" it does', () => {
  const open = analyzePrompt(`${SHOP}顾客聊到花店以外的事情时，别推辞，用你的常识尽量帮他解决。`);
  assert.equal(open.openDomain, true, open.signals.map((s) => `${s.kind}:${s.text}`).join(' | '));
  const closed = analyzePrompt(`${SHOP}顾客聊到花店以外的事情时，别用你的常识回答，礼貌地拒绝就好。`);
  assert.equal(closed.openDomain, false, closed.signals.map((s) => `${s.kind}:${s.text}`).join(' | '));
});
