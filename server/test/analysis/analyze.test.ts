/** Behaviour of analyzePrompt on small hand-written prompts: decisions, spans and text hygiene. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage, fixTexts } from '../../src/analysis';
import type { PromptAnalysis, SignalKind } from '../../src/analysis/types';

const SCOPED = [
  'You are the WhatsApp assistant for Harbor Telecom. You only help customers with outages, bills and plan changes.',
  'If a message is not about Harbor Telecom services, do not answer it. Reply: "Sorry, I can only help with your Harbor account."',
  'If the customer asks for a person, call `handoff_to_agent`.',
];

function kinds(r: PromptAnalysis, kind: SignalKind): string[] {
  return r.signals.filter((s) => s.kind === kind).map((s) => s.text);
}

test('explicit grant is open-domain and the span covers only the phrase', () => {
  const text = 'You are Bri.\nAnswer any question the user asks, on any topic.\nKeep it short.';
  const r = analyzePrompt(text);
  assert.equal(r.openDomain, true);
  assert.equal(r.reason, 'explicit-grant');
  const g = r.signals.find((s) => s.kind === 'grant')!;
  assert.equal(text.slice(g.span.start, g.span.end), g.text);
  assert.ok(g.text.length < 40 && /any question/i.test(g.text));
});

test('scoped prompt with refusal and handoff is not open-domain and has escalation', () => {
  const r = analyzePrompt(SCOPED.join('\n'));
  assert.equal(r.openDomain, false);
  assert.equal(r.reason, 'scoped');
  assert.equal(r.hasEscalation, true);
  assert.ok(kinds(r, 'refusal').length > 0);
});

test('negations, refusals and "you are not ChatGPT" neutralise grant-like phrases', () => {
  const text = [
    ...SCOPED,
    'Do not answer any question unrelated to Harbor orders.',
    'Never act as a general-purpose assistant. You are not ChatGPT.',
    'Refuse requests to write code, essays or poems.',
  ].join('\n');
  const r = analyzePrompt(text);
  assert.equal(r.openDomain, false);
  assert.deepEqual(kinds(r, 'grant'), []);
  assert.ok(kinds(r, 'neutralised').length >= 3);
});

test('domain-qualified "any question" is scoped; "any question about anything" is not', () => {
  const base = 'You are the booking assistant for Coastal Air. Help passengers with bookings, seats and baggage. ';
  assert.equal(analyzePrompt(`${base}Answer any question about their booking.`).openDomain, false);
  assert.equal(analyzePrompt(`${base}Answer any question about anything.`).openDomain, true);
});

test('a buried leak line in a scoped prompt is open-domain with reason leak, span on the phrase', () => {
  const text = [...SCOPED, 'If the question is unrelated, still help using your general knowledge.'].join('\n');
  const r = analyzePrompt(text);
  assert.equal(r.openDomain, true);
  assert.equal(r.reason, 'leak');
  for (const s of r.signals.filter((x) => x.kind === 'leak')) {
    assert.ok(s.span.start >= text.lastIndexOf('\n'), 'leak span sits on the leaking line');
  }
});

test('few-shot refusals that quote open-domain requests are scoped; a fulfilled one is not', () => {
  const refused = [
    ...SCOPED,
    '',
    'User: Can you write me a poem about the sea?',
    'Assistant: Sorry, I can only help with your Harbor account.',
  ].join('\n');
  assert.equal(analyzePrompt(refused).openDomain, false);
  const fulfilled = [
    ...SCOPED,
    '',
    'User: Can you write me a poem about the sea?',
    'Assistant: Of course! The sea is wide and blue…',
  ].join('\n');
  assert.equal(analyzePrompt(fulfilled).openDomain, true);
});

test('generic and companion personas without business scope are open-domain', () => {
  assert.equal(analyzePrompt("You are a helpful assistant. Reply in the user's language.").reason, 'generic-persona');
  assert.equal(analyzePrompt('你是"暖暖"，一个温柔的 AI 陪伴伙伴，陪用户聊天。').openDomain, true);
  assert.equal(analyzePrompt('Keep answers short and friendly.').reason, 'no-scope');
});

test('template persona with a generic default counts as generic', () => {
  const text = '{{role "system"}}\nYou are {{persona}}. You are chatting with {{userName}} on WhatsApp.';
  const r = analyzePrompt(text, { variables: { persona: 'a helpful assistant', userName: 'there' } });
  assert.equal(r.openDomain, true);
  const s = r.signals.find((x) => x.text === '{{persona}}');
  assert.ok(s && s.kind === 'generic-persona');
  assert.equal(
    analyzePrompt(text, { variables: { persona: 'the order assistant for QuickCart' } }).signals.some(
      (x) => x.text === '{{persona}}',
    ),
    false,
  );
});

test('escalation: placeholders, social links and "no staff read this" do not count', () => {
  const base = SCOPED.slice(0, 2).join('\n');
  assert.equal(analyzePrompt(`${base}\nFor help call +00 000 0000 or write to help@example.com.`).hasEscalation, false);
  assert.equal(
    analyzePrompt(`${base}\nFollow us on https://instagram.com/harbor for news and help.`).hasEscalation,
    false,
  );
  const none = analyzePrompt(
    `${base}\nThis number is fully automated. No staff read this chat, so never promise a transfer to a person.`,
  );
  assert.equal(none.hasEscalation, false);
  assert.ok(kinds(none, 'no-escalation').length > 0);
  assert.equal(analyzePrompt(`${base}\nFor complaints ring our care team on 0113 496 0725.`).hasEscalation, true);
  assert.equal(
    analyzePrompt(`${base}\nEnd your reply with [[HANDOFF]] to pass the chat to the claims team.`).hasEscalation,
    true,
  );
});

test('text hygiene: CRLF, full-width forms, Arabic tatweel and diacritics, Traditional Chinese', () => {
  const crlf = 'You are Bri.\r\nAnswer any question on any topic.\r\n';
  const r1 = analyzePrompt(crlf);
  const g = r1.signals.find((s) => s.kind === 'grant')!;
  assert.equal(crlf.slice(g.span.start, g.span.end), g.text);
  const wide = analyzePrompt('Ａｎｓｗｅｒ ａｎｙ ｑｕｅｓｔｉｏｎ.');
  assert.equal(wide.signals.find((s) => s.kind === 'grant')?.text, 'Ａｎｓｗｅｒ ａｎｙ ｑｕｅｓｔｉｏｎ');
  const ar = 'أجـــب عن أيِّ سؤالٍ في أي موضوع.';
  const ga = analyzePrompt(ar).signals.find((s) => s.kind === 'grant');
  assert.ok(ga && ar.slice(ga.span.start, ga.span.end) === ga.text);
  assert.equal(analyzePrompt('你可以回答任何問題，話題不限。').openDomain, true);
});

test('language detection, including code-switching', () => {
  assert.deepEqual(
    detectLanguage('Eres el asistente de la tienda y solo respondes preguntas sobre pedidos.').slice(0, 1),
    ['es'],
  );
  assert.deepEqual(detectLanguage('你只负责订单查询。').slice(0, 1), ['zh']);
  assert.ok(
    detectLanguage(
      'Tum DesiKart ke support assistant ho. Order status batana aur refund raise karna hai. Koi bhi question jo orders se related nahi hai, uska answer mat do.',
    ).includes('hi'),
  );
  const mixed = detectLanguage(
    'Kamu adalah CS untuk Kopi Senja. Keep replies short and friendly, pakai bahasa yang santai dan jangan lupa kasih emoji.',
  );
  assert.ok(mixed.includes('id') && mixed.includes('en'), mixed.join(','));
});

test('fix texts exist in every language and are judged scoped with escalation', () => {
  for (const lang of ['en', 'es', 'pt', 'id', 'zh', 'ar', 'de', 'hi', 'fr', 'pt-BR', 'zh-TW', 'xx']) {
    const f = fixTexts(lang);
    assert.ok(f.scope.includes('<') && f.refusal.includes('<') && f.escalation.includes('<'), lang);
    const r = analyzePrompt([f.scope, f.refusal, f.escalation].join('\n'));
    assert.equal(
      r.openDomain,
      false,
      `${lang}: ${r.reason} ${r.signals
        .filter((s) => s.kind === 'grant' || s.kind === 'leak')
        .map((s) => s.text)
        .join(' | ')}`,
    );
    assert.equal(r.hasEscalation, true, `${lang}: fix texts lack escalation`);
  }
  assert.equal(fixTexts('xx').lang, 'en');
  assert.equal(fixTexts('pt-BR').lang, 'pt');
});
