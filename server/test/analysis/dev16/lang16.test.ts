// lang16 (session 16): Bulgarian, Kazakh and Uzbek (Latin and Cyrillic) lexicons (issue 9: "in any other language,
// explicit grants still found"). Per language an explicit grant, a scoped prompt with a path to a person, a negated
// or restricted grant and a scoped prompt without a path, written for these tests (not copied from any blind set);
// and detection against the languages that share the script (Russian, Ukrainian, Serbian, Turkish).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../../src/analysis';

const first = (text: string): string | undefined => detectLanguage(text)[0];

interface Case {
  lang: string;
  text: string;
  open: boolean;
  human: boolean;
}

const CASES: Record<string, Case> = {
  bgGrant: {
    lang: 'bg',
    open: true,
    human: false,
    text:
      'Ти си Вили, умен помощник в WhatsApp. Отговаряй на всякакви въпроси на потребителите: домашни, рецепти, ' +
      'пътувания, съвети за работа. Няма никакви ограничения на темите, говори с тях за всичко.',
  },
  bgScoped: {
    lang: 'bg',
    open: false,
    human: true,
    text:
      'Ти си асистентът на мебелен магазин „Дъбрава" във Варна. Отговаряш само на въпроси, свързани с поръчки, ' +
      'доставка и рекламации. Ако клиентът пита за нещо, което не е свързано с магазина, учтиво откажи. ' +
      'Ако клиентът иска да говори с човек, прехвърли разговора към оператор.',
  },
  bgNegated: {
    lang: 'bg',
    open: false,
    human: false,
    text:
      'Ти си асистент на аптека „Здраве". Помагаш на клиентите с поръчки и доставка на лекарства. Никога не ' +
      'отговаряй на всякакви въпроси извън аптеката и не пиши есета и стихове. Тази услуга е напълно ' +
      'автоматизирана, в този чат няма оператори.',
  },
  bgRestricted: {
    lang: 'bg',
    open: false,
    human: true,
    text:
      'Ти си асистентът на автосервиз „Мотор". Отговаряш на всякакви въпроси, но само за ремонта и прегледа на ' +
      'колата на клиента. Ако клиентът иска да говори с човек, кажи му да се обади на консултант на 052 614 283.',
  },
  kkGrant: {
    lang: 'kk',
    open: true,
    human: false,
    text:
      'Сен Айгүл, WhatsApp-тағы ақылды көмекшісің. Пайдаланушының кез келген сұрағына жауап бер: үй тапсырмасы, ' +
      'рецепттер, саяхат, жұмыс туралы кеңес. Әңгімеде тақырып шектеуі жоқ.',
  },
  kkScoped: {
    lang: 'kk',
    open: false,
    human: true,
    text:
      'Сен Алматыдағы «Нұр» гүл дүкенінің көмекшісісің. Сен тек тапсырыстар мен жеткізу бойынша сұрақтарға ' +
      'жауап бересің. Егер сұрақ дүкенге қатысы жоқ болса, сыпайы түрде бас тарт. Егер клиент адаммен сөйлескісі ' +
      'келсе, әңгімені операторға ауыстыр.',
  },
  kkNegated: {
    lang: 'kk',
    open: false,
    human: false,
    text:
      'Сен «Дәрумен» дәріханасының көмекшісісің және тек тапсырыстар бойынша көмектесесің. Кез келген сұраққа ' +
      'жауап берме, эссе мен өлең жазба. Бұл қызмет толық автоматтандырылған, бұл чатта оператор жоқ.',
  },
  uzGrant: {
    lang: 'uz',
    open: true,
    human: false,
    text:
      'Sen Madina, WhatsApp’dagi aqlli yordamchisan. Foydalanuvchining istalgan savoliga javob ber: uy vazifasi, ' +
      'retseptlar, sayohat, ish bo‘yicha maslahat. Suhbatda mavzu cheklovi yo‘q.',
  },
  uzScoped: {
    lang: 'uz',
    open: false,
    human: true,
    text:
      'Siz "Baraka" mebel do‘konining WhatsApp yordamchisisiz. Faqat buyurtmalar va yetkazib berish bo‘yicha ' +
      'savollarga javob bering. Do‘konga aloqasi yo‘q savollarga muloyimlik bilan rad javobini bering. Agar mijoz ' +
      'odam bilan gaplashmoqchi bo‘lsa, suhbatni operatorga o‘tkazing.',
  },
  uzNegated: {
    lang: 'uz',
    open: false,
    human: false,
    text:
      'Sen "Shifo" dorixonasining yordamchisisan va faqat buyurtmalar bo‘yicha yordam berasan. Har qanday savolga ' +
      'javob berma, insho va she’r yozma. Bu xizmat to‘liq avtomatlashtirilgan, bu chatda operator yo‘q.',
  },
  uzCyrillicGrant: {
    lang: 'uz',
    open: true,
    human: false,
    text:
      'Сен Жасур, WhatsApp’даги ақлли ёрдамчисан. Фойдаланувчининг исталган саволига жавоб бер: уй вазифаси, ' +
      'рецептлар, саёҳат. Суҳбатда мавзу чеклови йўқ.',
  },
  uzCyrillicScoped: {
    lang: 'uz',
    open: false,
    human: true,
    text:
      'Сиз "Нур" меҳмонхонасининг ёрдамчисисиз. Фақат брон ва тўлов бўйича саволларга жавоб беринг. Агар мижоз ' +
      'менежер билан гаплашмоқчи бўлса, суҳбатни операторга ўтказинг.',
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`lang16: ${name}`, () => {
    assert.equal(first(c.text), c.lang, `${name} language: ${detectLanguage(c.text).join(',')}`);
    const a = analyzePrompt(c.text);
    const why = a.signals.map((s) => `${s.kind}:${s.text}`).join(', ');
    assert.equal(a.openDomain, c.open, `${name} open: ${why}`);
    assert.equal(a.hasEscalation, c.human, `${name} human: ${why}`);
  });
}

test('lang16: Russian, Ukrainian and Serbian Cyrillic are not read as Bulgarian or Kazakh', () => {
  const ru =
    'Ты помощник магазина обуви. Отвечай только на вопросы о заказах и доставке; на другие вопросы вежливо откажи.';
  assert.equal(first(ru), 'ru');
  assert.ok(!detectLanguage(ru).includes('bg'), detectLanguage(ru).join(','));
  assert.ok(!detectLanguage(ru).includes('kk'), detectLanguage(ru).join(','));
  // Russian with an occasional ъ ("объявление", "подъезд") and its ы/э stays Russian.
  const ruHard = 'Ты помощник по объявлениям. Отвечай только на вопросы об объявлениях и подъезде к складу.';
  assert.equal(first(ruHard), 'ru');
  const uk = 'Ти помічник магазину взуття. Відповідай лише на питання про замовлення та доставку.';
  assert.equal(first(uk), 'uk');
  assert.ok(!detectLanguage(uk).includes('bg'), detectLanguage(uk).join(','));
  const sr = 'Ти си асистент продавнице. Одговарај само на питања која су у вези са наруџбинама и доставом.';
  assert.equal(first(sr), 'sr');
  assert.ok(!detectLanguage(sr).includes('bg'), detectLanguage(sr).join(','));
  // A Kazakh text quoting a Russian phrase stays Kazakh; a Russian one quoting a Kazakh greeting stays Russian.
  assert.equal(first('Сен тек тапсырыстар бойынша сұрақтарға жауап бересің. Клиент "спасибо" десе, рахмет де.'), 'kk');
  assert.equal(first('Отвечай только на вопросы о доставке. Если клиент пишет «сәлем», поздоровайся.'), 'ru');
});

test('lang16: Turkish and Azerbaijani are not read as Uzbek, nor Uzbek as them', () => {
  const tr = 'Sen bir ayakkabı mağazasının asistanısın. Sadece siparişler ve teslimat hakkındaki sorulara cevap ver.';
  assert.equal(first(tr), 'tr');
  assert.ok(!detectLanguage(tr).includes('uz'), detectLanguage(tr).join(','));
  const az = 'Sən ayaqqabı mağazasının köməkçisisən. Yalnız sifarişlər və çatdırılma haqqında suallara cavab ver.';
  assert.equal(first(az), 'az');
  assert.equal(
    first('Sen poyabzal do‘konining yordamchisisan. Faqat buyurtmalar va yetkazish haqida savollarga javob ber.'),
    'uz',
  );
});

test('lang16: the Uzbek negative imperative is a prohibition where the verb stands, not in a noun of its shape', () => {
  // "tarjima" (translation) and "hamma" (everyone) end like -ma but are nouns: a grant that lists them stays open.
  const open = analyzePrompt(
    'Sen aqlli yordamchisan. Istalgan savolga javob ber va hamma narsada yordam ber: kod, retsept, tarjima.',
  );
  assert.equal(open.openDomain, true, open.signals.map((s) => `${s.kind}:${s.text}`).join(', '));
  const closed = analyzePrompt(
    'Sen "Oila" klinikasining yordamchisisan, faqat qabulga yozish bo‘yicha yordam berasan. Istalgan mavzuda gaplashma.',
  );
  assert.equal(closed.openDomain, false, closed.signals.map((s) => `${s.kind}:${s.text}`).join(', '));
});
