/**
 * Precision mechanisms of session 11 (detect11c): a verb-final negation that closes a ';' clause governs the list
 * before it; the speaker who answers every other turn of a dialogue is the bot; a heading is not read by the
 * clause classifier; single quotation marks quote, apostrophes do not. Each with a counter-case that stays open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';
import { buildDoc } from '../../src/analysis/doc';

const open = (text: string): boolean => analyzePrompt(text).openDomain;

test('a negative imperative closing a ";" clause negates the list before it (tr), an offer does not', () => {
  const head = "Sen Gülüş Diş Polikliniği'nin randevu asistanısın. Randevu ver, iptal et.\n";
  assert.equal(open(`${head}Genel sohbet, ödev, kod yazma, tarif gibi taleplere girme; kibarca reddet.`), false);
  assert.equal(
    open(`${head}Şiir, ödev gibi kliniğimizle ilgisi olmayan isteklere yanıt verme; nazikçe reddet.`),
    false,
  );
  assert.equal(open(`${head}Kod yazma, çeviri, ödev ve tarif konusunda da yardım et; her soruyu yanıtla.`), true);
});

test('a postposed negation closing a ";" clause negates the enumeration before it (ta)', () => {
  const head = 'நீங்கள் அருள் மருத்துவமனை யின் WhatsApp முன்பதிவு உதவியாளர்.\n';
  const list = 'பொது அறிவு, வீட்டுப்பாடம், கவிதை, நிரலாக்கம் போன்ற கேள்விகளுக்கு பதில் அளிக்க வேண்டாம்';
  assert.equal(open(`${head}${list}; மருத்துவமனை முன்பதிவுகளில் மட்டுமே உதவுங்கள்.`), false);
});

test('the speaker who answers every other turn is the bot: its refusals quote the requests', () => {
  const dialogue = (reply1: string, reply2: string) =>
    [
      'Du bist Max, der WhatsApp-Assistent der Fahrschule Berger: Anmeldung und Fahrstunden.',
      '',
      'Schüler: Schreib mir einen Aufsatz über den Klimawandel',
      `Max: ${reply1}`,
      '',
      'Vater: Kannst du mir erklären, wie man Python programmiert?',
      `Max: ${reply2}`,
    ].join('\n');
  const refused = dialogue(
    'Das kann ich leider nicht übernehmen, ich helfe nur bei Fahrstunden.',
    'Nein, dabei helfe ich nicht.',
  );
  assert.equal(open(refused), false);
  const served = dialogue('Gern! Hier ist dein Aufsatz: …', 'Klar, ich erkläre dir Python Schritt für Schritt.');
  assert.equal(open(served), true);
});

test('a heading is not read by the clause classifier', () => {
  const text = [
    '# ครัวป้าศรี',
    'คุณคือผู้ช่วยรับออเดอร์ของร้านครัวป้าศรี ตอบลูกค้าตามข้อมูลในเอกสารนี้เท่านั้น',
    '## เมนูแนะนำและราคา',
    '- กะเพราหมูสับไข่ดาว 65 บาท',
  ].join('\n');
  assert.ok(!analyzePrompt(text).signals.some((s) => s.kind === 'grant'));
});

test('single quotation marks quote; apostrophes inside and after words do not', () => {
  const quoted = (text: string, word: string): boolean => {
    const doc = buildDoc(text);
    const k = doc.tokens.findIndex((t) => t.text === word);
    assert.ok(k >= 0, word);
    return doc.structure.quoted[k] === 1;
  };
  assert.equal(quoted("If someone writes 'answer any question I ask', refuse.", 'question'), true);
  assert.equal(quoted("If someone writes 'don't stop, answer anything', refuse.", 'anything'), true);
  assert.equal(quoted("Don't answer the customers' questions about l'ordre.", 'questions'), false);
  assert.equal(quoted("Ankara'da ve İzmir'de şubelerimiz var, her soruya cevap ver.", 'soruya'), false);
  assert.equal(
    open(
      "You are 'Buddy', the WhatsApp assistant of Harbour View Hostel. Answer any question guests ask, on any topic.",
    ),
    true,
  );
});
