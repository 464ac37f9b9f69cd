// lang15 (session 15): languages that had no lexicon (issue 9: "in any other language, explicit grants still
// found"): Serbian/Croatian/Bosnian in both scripts, Finnish and Azerbaijani. Per language an explicit grant, a
// scoped prompt with a path to a person, a negated or restricted grant and a scoped prompt without a path, written
// for these tests (not copied from any blind set); and detection against the languages that share the script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../../src/analysis';
import { transliterateWord } from '../../../src/analysis/lexicons/schema';

const first = (text: string): string | undefined => detectLanguage(text)[0];

interface Case {
  lang: string;
  text: string;
  open: boolean;
  human: boolean;
}

const CASES: Record<string, Case> = {
  srGrant: {
    lang: 'sr',
    open: true,
    human: false,
    text:
      'Ti si Luka, pametni pomoćnik koji je uvek tu za korisnike. Odgovaraj na bilo koje pitanje koje ti postave: ' +
      'domaći zadaci, recepti, putovanja, saveti za posao. Nema ograničenja tema, pričaj sa njima o svemu.',
  },
  srScoped: {
    lang: 'sr',
    open: false,
    human: true,
    text:
      'Ti si asistent prodavnice nameštaja Drvodom iz Kragujevca. Odgovaraš samo na pitanja u vezi sa narudžbama, ' +
      'dostavom i reklamacijama. Ako korisnik pita nešto što nije u vezi sa prodavnicom, ljubazno odbij. ' +
      'Ako klijent traži razgovor sa čovekom, prebaci razgovor na operatera.',
  },
  srCyrillicGrant: {
    lang: 'sr',
    open: true,
    human: false,
    text:
      'Ти си Мила, дигитална другарица корисника. Одговарај на било које питање које ти поставе и разговарај ' +
      'са њима о свему што желе. Увек буди љубазна и никада не одбијај разговор.',
  },
  srCyrillicNegated: {
    lang: 'sr',
    open: false,
    human: false,
    text:
      'Ти си асистент апотеке Здравље. Помажеш корисницима око наруџби и доставе лекова. Немој одговарати на ' +
      'питања која нису у вези са апотеком и не пиши есеје ни песме. Ова услуга је потпуно аутоматизована, ' +
      'нема оператера.',
  },
  hrNegated: {
    lang: 'sr',
    open: false,
    human: true,
    text:
      'Ti si asistent turističke agencije Jadran Putovanja. Pomažeš klijentima s rezervacijama i plaćanjem. ' +
      'Nikada ne odgovaraj na bilo koje pitanje izvan tog okvira i nemoj pisati eseje ni kod. ' +
      'Ako klijent želi razgovor s čovjekom, poveži ga s našim savjetnikom.',
  },
  fiGrant: {
    lang: 'fi',
    open: true,
    human: false,
    text:
      'Olet Aino, ystävällinen tekoälyavustaja. Vastaa mihin tahansa kysymykseen, jonka käyttäjä esittää, ja ' +
      'keskustele hänen kanssaan mistä tahansa. Auta läksyissä, resepteissä ja matkojen suunnittelussa.',
  },
  fiScoped: {
    lang: 'fi',
    open: false,
    human: true,
    text:
      'Olet Kukkakauppa Ruusun WhatsApp-avustaja. Vastaat vain tilauksia ja toimituksia koskeviin kysymyksiin. ' +
      'Jos kysymys ei liity kauppaan, kieltäydy kohteliaasti. Jos asiakas haluaa puhua ihmisen kanssa, siirrä ' +
      'keskustelu asiakaspalvelijalle.',
  },
  fiNegated: {
    lang: 'fi',
    open: false,
    human: false,
    text:
      'Olet Autokorjaamo Kiidon avustaja ja autat asiakkaita ajanvarauksissa. Älä vastaa kysymyksiin, jotka eivät ' +
      'liity korjaamoon, äläkä kirjoita runoja tai esseitä. Tässä chatissa ei ole asiakaspalvelijaa, palvelu on ' +
      'täysin automaattinen.',
  },
  azGrant: {
    lang: 'az',
    open: true,
    human: false,
    text:
      'Sən Aysel adlı universal köməkçisən. İstifadəçinin istənilən sualına cavab ver, onunla hər şey haqqında ' +
      'söhbət et. Ev tapşırıqlarında, tərcümədə və səyahət planlamasında kömək et.',
  },
  azScoped: {
    lang: 'az',
    open: false,
    human: true,
    text:
      'Sən Bakı Çiçək mağazasının WhatsApp köməkçisisən. Sən yalnız sifarişlər və çatdırılma ilə bağlı suallara ' +
      'cavab verirsən. Mağazaya aid olmayan suallara cavab vermə, nəzakətlə imtina et. Müştəri insanla danışmaq ' +
      'istəsə, söhbəti operatora ötür.',
  },
  azNegated: {
    lang: 'az',
    open: false,
    human: false,
    text:
      'Sən Şirvan Klinikasının köməkçisisən və xəstələrə qəbula yazılmaqda kömək edirsən. Heç vaxt esse və ya şeir ' +
      'yazma, başqa mövzularda danışma. Bu çatda operator yoxdur, xidmət tam avtomatikdir.',
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`lang15 ${name}: detected as ${c.lang}, open ${c.open}, path to a person ${c.human}`, () => {
    const a = analyzePrompt(c.text);
    assert.equal(first(c.text), c.lang, `${name}: ${detectLanguage(c.text).join(',')}`);
    const why = a.signals.map((s) => `${s.kind}:${s.text}`).join(', ');
    assert.equal(a.openDomain, c.open, `${name} open: ${why}`);
    assert.equal(a.hasEscalation, c.human, `${name} human: ${why}`);
  });
}

test('lang15: Serbian Latin is transliterated letter by letter, digraphs first', () => {
  const map = { lj: 'љ', nj: 'њ', dž: 'џ', a: 'а', e: 'е', i: 'и', j: 'ј', n: 'н', o: 'о', p: 'п', t: 'т', z: 'з' };
  assert.equal(transliterateWord('pitanje', map), 'питање');
  assert.equal(transliterateWord('Pitanje-a', map), 'питање-а');
  // A letter without a mapping: the word is not transliterated (a brand, "whatsapp").
  assert.equal(transliterateWord('wapp', map), undefined);
  assert.equal(transliterateWord('eje', { '^e': 'э', e: 'е', j: 'ј' }), 'эје');
});

test('lang15: texts of languages sharing a script are not read as the new ones', () => {
  // Russian, Ukrainian and Bulgarian Cyrillic are not Serbian.
  assert.equal(
    first('Ты помощник магазина обуви. Отвечай только на вопросы о заказах и доставке, если клиент просит.'),
    'ru',
  );
  assert.equal(first('Ти помічник магазину взуття. Відповідай лише на питання про замовлення та доставку.'), 'uk');
  assert.ok(!detectLanguage('Ты помощник магазина. Отвечай только на вопросы о заказах и доставке.').includes('sr'));
  // Czech and Polish Latin are not Serbian.
  assert.equal(first('Jsi asistent obchodu s obuví. Odpovídej pouze na dotazy k objednávkám a doručení.'), 'cs');
  assert.equal(
    first('Jesteś asystentem sklepu obuwniczego. Odpowiadaj tylko na pytania o zamówienia i dostawy.'),
    'pl',
  );
  // Turkish is not Azerbaijani, and Azerbaijani is not Turkish.
  const tr = 'Sen bir ayakkabı mağazasının asistanısın. Sadece siparişler ve teslimat hakkındaki sorulara cevap ver.';
  assert.equal(first(tr), 'tr');
  assert.ok(!detectLanguage(tr).includes('az'), detectLanguage(tr).join(','));
  assert.equal(
    first('Sən ayaqqabı mağazasının köməkçisisən. Yalnız sifarişlər və çatdırılma haqqında suallara cavab ver.'),
    'az',
  );
  // Swedish and Estonian-looking Latin words ("en", "et") do not negate in Finnish's place.
  const sv = analyzePrompt('Du är en allmän assistent för alla möjliga behov och svarar på alla frågor.');
  assert.equal(sv.openDomain, true);
});

test('lang15: Turkish grants are still Turkish grants beside the Azerbaijani lexicon', () => {
  const a = analyzePrompt(
    'Sen genel amaçlı bir asistansın. Kullanıcının her türlü sorusuna cevap ver, konu sınırı yok.',
  );
  assert.equal(a.openDomain, true);
});
