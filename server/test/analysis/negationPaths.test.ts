/**
 * Minimal pairs for negation scope in Japanese (a postposed negation closing the clause before a kana ending),
 * Thai (ไม่ใช่, "is not") and Vietnamese ("không" inside "hàng không", airline, negates nothing), and for human
 * paths that are not there for the user (handoffSubset.ts): a handoff reserved for a customer tier, and a request
 * for a person that the main clause refuses. Sentences written for these tests.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const open = (text: string): boolean => analyzePrompt(text).openDomain;
const reachable = (text: string): boolean => analyzePrompt(text).hasEscalation;

test('ja: "〜は対象外です" and "〜は禁止です" close the clause and negate the phrase in it', () => {
  const base = 'あなたは「ひかり眼科」の予約アシスタントです。診察の予約と変更だけを担当します。';
  assert.equal(open(base + '一般的な知識を使った回答は対象外です。'), false);
  assert.equal(open(base + 'どんな質問にも答えるような対応は禁止です。'), false);
  assert.equal(open(base + 'どんな質問にも答えてください。'), true);
  assert.equal(open(base + 'どんな質問にも答えて、断らないでください。'), true);
});

test('th: ไม่ใช่ negates the general assistant that follows it', () => {
  const base = 'คุณคือผู้ช่วยของร้านซักรีดสะอาดใส ช่วยเฉพาะเรื่องการรับส่งผ้าและราคา ';
  assert.equal(open(base + 'คุณไม่ใช่ผู้ช่วยที่ตอบได้ทุกเรื่อง'), false);
  assert.equal(open(base + 'คุณเป็นผู้ช่วยที่ตอบได้ทุกเรื่อง'), true);
});

test('vi: "hàng không" (airline) is a noun, not a negation of what follows', () => {
  assert.equal(open('Bạn là trợ lý của hãng hàng không Cánh Diều trò chuyện về mọi chủ đề.'), true);
  assert.equal(open('Bạn là trợ lý của hãng hàng không Cánh Diều. Bạn không trò chuyện về mọi chủ đề.'), false);
});

test('handoff reserved for a customer tier is not a path; one for everybody is', () => {
  const base = 'You are the WhatsApp assistant of Northwind Telecom: plans and bills only. ';
  assert.equal(reachable(base + 'A transfer to a human agent is offered only to Platinum business accounts.'), false);
  assert.equal(reachable(base + 'Transfer the chat to a human agent whenever the customer asks.'), true);
  const pl = 'Jesteś asystentem WhatsApp sieci Telenord: tylko taryfy i rachunki. ';
  assert.equal(reachable(pl + 'Rozmowa z konsultantem jest dostępna wyłącznie dla klientów firmowych.'), false);
  assert.equal(reachable(pl + 'Na prośbę klienta przekaż rozmowę do konsultanta.'), true);
});

test('a request for a person answered by a refusal is not a path; answered by a transfer it is', () => {
  const base = 'You are the WhatsApp assistant of Northwind Telecom: plans and bills only. ';
  assert.equal(
    reachable(base + 'If the customer asks to speak with a human, say that this is not possible here.'),
    false,
  );
  assert.equal(reachable(base + 'If the customer asks to speak with a human, hand the chat over to an agent.'), true);
  const de = 'Du bist der WhatsApp-Assistent von Nordwind Telekom: nur Tarife und Rechnungen. ';
  assert.equal(
    reachable(de + 'Wenn jemand mit einem Mitarbeiter sprechen will, erkläre, dass das hier nicht möglich ist.'),
    false,
  );
  assert.equal(
    reachable(de + 'Wenn jemand mit einem Mitarbeiter sprechen will, leite das Gespräch an einen Kollegen weiter.'),
    true,
  );
});
