/**
 * Open-domain judgement, kinds of case from blind set 23 (examples written here, not the set's text):
 * - a verb-final off-topic condition whose answer verb closes its clause before a dash (constructions.ts);
 * - a short sentence with a negated verb of its own after a leak is a new instruction, not a bare reply (negation.ts);
 * - a heading negated after its verb introduces a list of what the bot does not do (context.ts, negativeSections.ts);
 * - a dialect negation before a grant (Levantine "ما بت…", "مش");
 * - the negated imperative of a refusal ("don't turn it away") is a leak, not a refusal (az lexicon);
 * - a test double that plays the customer, by its path, in any language (pipelineCues.ts).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const TE_BOT = 'మీరు "శ్రీ లక్ష్మి ట్రావెల్స్" యొక్క WhatsApp సహాయకులు: బస్ టికెట్ బుకింగ్, రీఫండ్ మరియు ప్రయాణ సమయాలు.';

test('te: an off-topic request served by a clause-final answer verb before a dash is a leak', () => {
  const r = analyzePrompt(`${TE_BOT}\nప్రయాణికులు వేరే ప్రశ్నలు అడిగినా జవాబు ఇవ్వండి — సినిమాలు, క్రికెట్ స్కోర్లు, ఏదైనా.`);
  assert.equal(r.openDomain, true, r.reason);
  assert.ok(r.signals.some((s) => s.kind === 'leak'));
});

test('te: the same condition with a negated answer verb is no leak', () => {
  const r = analyzePrompt(`${TE_BOT}\nప్రయాణికులు వేరే ప్రశ్నలు అడిగితే జవాబు ఇవ్వకండి — టికెట్ల గురించి మాత్రమే మాట్లాడండి.`);
  assert.ok(!r.signals.some((s) => s.kind === 'leak'), JSON.stringify(r.signals));
});

const AZ_BOT = 'Sən "Xəzər Mebel" mağazasının WhatsApp köməkçisisən: sifarişlər, çatdırılma və zəmanət.';

test('az: "don\'t turn it away" after an off-topic condition opens the bot, not a refusal', () => {
  const r = analyzePrompt(`${AZ_BOT}\nQonaq kənar bir mövzu soruşsa, onu geri çevirmə, ümumi biliklərinlə kömək et.`);
  assert.equal(r.openDomain, true, `${r.reason} ${JSON.stringify(r.signals)}`);
});

const TR_BOT = "Sen Yıldız Mobilya'nın WhatsApp asistanısın: siparişler, teslimat ve garanti.";
const TR_LEAK = 'Soru mağazayla ilgili olmasa bile genel bilginle detaylı cevap ver';

test('tr: a short sentence with a subject and a negated verb after a leak is a new instruction, not a reply', () => {
  const r = analyzePrompt(`${TR_BOT}\n${TR_LEAK}. Müşteri sohbetten kopmasın.`);
  assert.ok(
    r.signals.some((s) => s.kind === 'leak'),
    JSON.stringify(r.signals),
  );
});

test('tr: a bare negation word after it still answers it', () => {
  const r = analyzePrompt(`${TR_BOT}\n${TR_LEAK}? Hayır.`);
  assert.ok(!r.signals.some((s) => s.kind === 'leak'), JSON.stringify(r.signals));
});

test('fa: a heading negated after its verb lists what the bot does not do', () => {
  const text = [
    'تو دستیار واتس‌اپ فروشگاه لوازم ورزشی «پرش» هستی: سفارش، ارسال و مرجوعی.',
    '',
    '## موضوعاتی که به آن‌ها پاسخ نمی‌دهی',
    '- نوشتن مقاله برای دانشجو، ترجمه متن مشتری یا حل تمرین ریاضی',
    '',
    '## ارجاع',
    'اگر مشتری خواست با کارشناس صحبت کند، شماره ۰۲۱-۸۸۷۷۶۶۵۵ را بده.',
  ].join('\n');
  const r = analyzePrompt(text);
  assert.equal(r.openDomain, false, `${r.reason} ${JSON.stringify(r.signals.filter((s) => s.kind === 'grant'))}`);
  assert.ok(
    r.signals.some((s) => s.note === 'listed as out of scope'),
    JSON.stringify(r.signals),
  );
});

const AR_BOT = 'انت مساعد مطعم "بيت الزعتر" عالواتساب: الحجوزات، المنيو، والتوصيل.';

test('ar (Levantine): "ما بت…" negates the grant after it', () => {
  const r = analyzePrompt(`${AR_BOT}\nما بتجاوب عن أي موضوع تاني.`);
  assert.equal(r.openDomain, false, `${r.reason} ${JSON.stringify(r.signals)}`);
});

test('ar (Levantine): the same grant without the negation still opens the bot', () => {
  const r = analyzePrompt(`${AR_BOT}\nبتجاوب عن أي موضوع.`);
  assert.equal(r.openDomain, true, `${r.reason} ${JSON.stringify(r.signals)}`);
});

const SIMULATED = [
  'Jesteś klientem sklepu rowerowego, który pisze do bota na WhatsAppie. Nie jesteś botem.',
  'Persona: {{persona}}',
  'Pytaj też o rzeczy niezwiązane ze sklepem, np. o pogodę albo o przepis na pierogi.',
  'Po 10 wiadomościach napisz tylko: [KONIEC]',
].join('\n');

test('a prompt in a test folder named as a simulator is a test double, not a bot, in any language', () => {
  for (const path of ['file:///w/tests/simulator/klient.prompt', 'file:///w/qa/evals/simulated_customer_pl.md']) {
    const r = analyzePrompt(SIMULATED, { path });
    assert.ok(r.notABot, path);
  }
});

test('a simulator name outside a test folder, or a test folder without one, decides nothing alone', () => {
  for (const path of ['file:///w/prompts/simulator.md', 'file:///w/tests/klient.prompt']) {
    const r = analyzePrompt(SIMULATED, { path });
    assert.equal(r.notABot, undefined, `${path} ${JSON.stringify(r.notABot)}`);
  }
});
