/**
 * Discovery of prompts never linted in session 22's blind set, round 2: a prompt whose opening line tells the model
 * who it is in a language without persona cues (Javanese, Sundanese, Arabizi, Khmer, and lexicon languages that had
 * none: Amharic, Bulgarian, Slovak, Uzbek, Kazakh, Kannada, Malayalam, Hausa, Serbian, Yoruba), a file named as a
 * prompt with a channel, version or language tag (`prompt_wa.txt`, `prompt.qu.txt`), and a Dialogflow CX agent's
 * generative settings kept without the rest of the export. Twins that stay unread: an announcement and a chat
 * export in the same languages, a blog post quoting a prompt, UI strings, `prompt_tips.txt` and `image_prompt.txt`,
 * and generative settings that use the platform's own prompt template.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

function discover() {
  const host = testHost();
  const service = createPolicyService({ host });
  const at = (p: string, text: string) => host.set(`/tmp/wa-discover23b${p}`, text);
  return { service, at };
}

/** A persona line, then three rules: what a short prompt in any language looks like. */
const PERSONAS: Record<string, string[]> = {
  jv: [
    'Sampeyan iku asisten WhatsApp Toko Batik Sekar Jagad ing Solo.',
    'Wangsulana pitakon bab rega, ukuran lan ongkos kirim.',
    'Ojo nyebutake rega sing durung pasti.',
    'Yen pelanggan pengin ngomong karo wong, kekna nomer toko.',
  ],
  su: [
    'Anjeun téh asistén WhatsApp Warung Kopi Cisangkuy.',
    'Walon patarosan ngeunaan ménu, harga jeung jam buka.',
    'Ulah ngajawab patarosan di luar warung.',
    'Upami palanggan hoyong ngobrol sareng jalma, pasihan nomer warung.',
  ],
  'ar-Latn': [
    "Enta l'assistant dyal Pharmacie Nour 3la WhatsApp.",
    'Jaweb ghir 3la so2alat dyal dwa, l horaire w livraison.',
    'Dima kteb b darija w b jmal 9sira.',
    'Ila chi wa7ed bgha yhder m3a chi had, 3tih numero dyal pharmacie.',
  ],
  km: [
    'អ្នកគឺជាជំនួយការ WhatsApp របស់ហាងកាហ្វេភ្នំពេញ។',
    'ឆ្លើយតែសំណួរអំពីម៉ឺនុយ និងម៉ោងបើក។',
    'កុំឆ្លើយសំណួរក្រៅពីហាង។',
    'ប្រសិនបើអតិថិជនចង់និយាយជាមួយបុគ្គលិក សូមផ្តល់លេខទូរស័ព្ទ។',
  ],
  am: [
    'አንተ የአዲስ ቡና ቤት የWhatsApp ረዳት ነህ።',
    'ስለ ምናሌ እና የስራ ሰዓት ብቻ መልስ።',
    'ሁልጊዜ በአጭሩ መልስ።',
    'ደንበኛው ሰራተኛ ከፈለገ ስልክ ቁጥሩን ስጥ።',
  ],
  bg: [
    'Ти си асистентът на пекарна „Златен клас“ в WhatsApp.',
    'Отговаряй само на въпроси за поръчки и работно време.',
    'Никога не давай медицински съвети.',
    'Ако клиентът иска човек, дай телефона на магазина.',
  ],
  sk: [
    'Si asistent kaviarne Modrá Lipa na WhatsAppe.',
    'Odpovedaj len na otázky o menu a rezerváciách.',
    'Nikdy nesľubuj zľavy.',
    'Ak zákazník chce hovoriť s človekom, daj mu číslo kaviarne.',
  ],
  uz: [
    'Sen «Non Uyi» novvoyxonasining WhatsApp yordamchisisan.',
    'Faqat buyurtma va ish vaqti haqida javob ber.',
    'Hech qachon narxni oʻylab topma.',
    'Agar mijoz xodim bilan gaplashmoqchi boʻlsa, telefon raqamini ber.',
  ],
  kk: [
    'Сен «Алма» дүкенінің WhatsApp көмекшісісің.',
    'Тек тапсырыстар мен жұмыс уақыты туралы жауап бер.',
    'Ешқашан бағаны ойдан шығарма.',
    'Егер клиент адаммен сөйлескісі келсе, дүкеннің нөмірін бер.',
  ],
  kn: [
    'ನೀವು ಮೈಸೂರು ಸಿಹಿ ಅಂಗಡಿಯ WhatsApp ಸಹಾಯಕರು.',
    'ಮೆನು ಮತ್ತು ಆರ್ಡರ್ ಬಗ್ಗೆ ಮಾತ್ರ ಉತ್ತರಿಸಿ.',
    'ಎಂದಿಗೂ ಬೆಲೆಯನ್ನು ಊಹಿಸಬೇಡಿ.',
    'ಗ್ರಾಹಕರು ಸಿಬ್ಬಂದಿಯೊಂದಿಗೆ ಮಾತನಾಡಲು ಬಯಸಿದರೆ ಫೋನ್ ಸಂಖ್ಯೆ ನೀಡಿ.',
  ],
  ml: [
    'നിങ്ങൾ കൊച്ചി ബേക്കറിയുടെ WhatsApp സഹായിയാണ്.',
    'മെനുവും ഓർഡറുകളും സംബന്ധിച്ച ചോദ്യങ്ങൾക്ക് മാത്രം മറുപടി നൽകുക.',
    'ഒരിക്കലും വില ഊഹിക്കരുത്.',
    'ഉപഭോക്താവ് ജീവനക്കാരനോട് സംസാരിക്കണമെങ്കിൽ ഫോൺ നമ്പർ നൽകുക.',
  ],
  ha: [
    'Kai mataimaki ne na shagon Albarka a WhatsApp.',
    'Amsa tambayoyi game da kayayyaki da farashi kawai.',
    'Kada ka yi alkawarin rangwame.',
    'Idan abokin ciniki yana son magana da mutum, ba shi lambar waya.',
  ],
  sr: [
    'Ti si asistent pekare Zlatni Klas na WhatsApp-u.',
    'Odgovaraj samo na pitanja o porudžbinama i radnom vremenu.',
    'Nikada ne izmišljaj cene.',
    'Ako kupac želi da razgovara sa čovekom, daj broj pekare.',
  ],
  yo: [
    'Ìwọ ni olùrànlọ́wọ́ WhatsApp ti ṣọ́ọ̀bù Àdùnní.',
    'Dáhùn ìbéèrè nípa oúnjẹ àti àkókò iṣẹ́ nìkan.',
    'Má ṣe ṣèlérí ẹ̀dínwó.',
    'Tí oníbàárà bá fẹ́ bá ènìyàn sọ̀rọ̀, fún un ní nọ́mbà fóònù.',
  ],
};

test('a prompt that opens on a persona line is read in languages that had no persona cue', () => {
  const { service, at } = discover();
  for (const [lang, [persona, ...rules]] of Object.entries(PERSONAS)) {
    // Not named as a prompt, in no bot folder: the content alone decides, with the full bar.
    const uri = at(`/texts/${lang}.md`, [persona, '', ...rules.map((r) => `- ${r}`), ''].join('\n'));
    assert.equal(service.kindOf(uri), 'system-prompt', `${lang}: ${service.explainKind(uri).reason}`);
  }
});

test('announcements, chat exports, articles and UI strings in the same languages stay unread', () => {
  const { service, at } = discover();
  const news =
    'Pengumuman kanggo warga: rapat RT bakal dianakake dina Minggu jam 19.00 ing bale desa.\nSaben kulawarga dijaluk ngirim wakil siji.\nMatur nuwun.\n';
  assert.equal(service.kindOf(at('/kabar/rapat.txt', news)), undefined);
  const chat = [
    '[12/03/24, 10:15] Youssef: nta fin a sahbi?',
    '[12/03/24, 10:16] Karim: ana f dar, ghadi nji mn ba3d',
    '[12/03/24, 10:16] Youssef: wakha, jib m3ak l pc',
    '[12/03/24, 10:17] Karim: ok',
  ].join('\n');
  assert.equal(service.kindOf(at('/bot/data/chat_export.txt', chat)), undefined);
  // A blog post that quotes a prompt in a code block, with install steps: documentation.
  const post = [
    '# Cara nggawe bot WhatsApp',
    '',
    '## Instalasi',
    '',
    '```',
    'npm install whatsapp-web.js',
    '```',
    '',
    'Conto prompt sing bisa dienggo:',
    '',
    '```',
    'Kowe iku asisten WhatsApp toko.',
    '- Wangsulana pitakon bab rega.',
    '- Ojo ngapusi.',
    '```',
    '',
    'Sawise iku, jalanke bot lan tes karo nomermu dhewe. Deleng ![screenshot](img/demo.png).',
  ].join('\n');
  assert.equal(service.kindOf(at('/artikel/bot-wa.md', post)), undefined);
  const ui = JSON.stringify({
    'menu.title': 'Ménu utama',
    'order.prompt': 'Anjeun téh tos ngeusian formulir? Pencét Kirim pikeun neraskeun pesenan anjeun ka toko.',
    'order.done': 'Hatur nuhun, pesenan anjeun parantos katampi ku toko kami.',
  });
  assert.equal(service.kindOf(at('/src/i18n/su.json', ui)), undefined);
});

test('a prompt named with a channel, version or language tag needs only natural language; other names do not', () => {
  const { service, at } = discover();
  // A tone-only prompt in a language without cue words: nothing but its name says what it is.
  const tone =
    'Allinta rimay, pisillapi kutichiy. Mana yachaspaqa chiqapta niy, ama llullakuychu. Runasimipi qillqay, sumaq sunqulla kay.\n';
  for (const name of ['prompt_wa.txt', 'whatsapp-prompt.md', 'prompt.qu.txt', 'bot_prompt_v2.txt'])
    assert.equal(service.kindOf(at(`/tanta-wasi/${name}`, tone)), 'system-prompt', name);
  assert.equal(service.kindOf(at('/agents/tanta/system_qu.md', tone)), 'system-prompt');
  // Another word beside "prompt" may name a document about prompts, or an image prompt: the content decides.
  assert.equal(service.kindOf(at('/tanta-wasi/prompt_tips.txt', tone)), undefined);
  const image =
    'A watercolor painting of a lighthouse at dawn, soft light, gentle waves, pastel colors, highly detailed.\n';
  assert.equal(service.kindOf(at('/art/image_prompt.txt', image)), undefined);
  // A tagged name in a documentation folder stays documentation.
  assert.equal(service.kindOf(at('/docs/prompt_wa.txt', tone)), undefined);
});

const settings = (selectedPrompt: string, templates: object[]) =>
  JSON.stringify(
    {
      fallbackSettings: { selectedPrompt, promptTemplates: templates },
      languageCode: 'es',
      generativeSafetySettings: { defaultBannedPhraseMatchStrategy: 'PARTIAL_MATCH' },
    },
    null,
    2,
  );
const PLATFORM = {
  displayName: 'Default',
  promptText: 'You are a friendly agent helping customers with $flow-description. Respond to: $last-user-utterance',
  frozen: true,
};

test("Dialogflow CX generative settings kept alone: the business's selected fallback prompt is judged", () => {
  const { service, at } = discover();
  const open = settings('Cultura general', [
    PLATFORM,
    {
      displayName: 'Cultura general',
      promptText:
        'Eres Migas, el asistente de WhatsApp de la Panadería La Espiga en Zaragoza. Si el cliente pregunta algo que no está en los flujos, contesta de todos modos con tus conocimientos generales sobre cualquier tema que quiera. Conversación: $conversation. Cliente: $last-user-utterance',
    },
  ]);
  const uri = at('/cx-config/generativeSettings/es.json', open);
  assert.equal(service.kindOf(uri), 'system-prompt', service.explainKind(uri).reason);
  const model = service.modelOf(uri)!;
  assert.deepEqual(
    model.prompts.map((p) => p.label),
    ["Dialogflow CX generative fallback prompt 'Cultura general'"],
  );
  assert.match(model.prompts[0].text.text, /^Eres Migas/);
  const source = open.slice(model.prompts[0].text.toSource(0), model.prompts[0].text.toSource(0) + 10);
  assert.equal(source, 'Eres Migas');
  const rules = (service.lint(uri)?.findings ?? []).map((f) => f.rule);
  assert.ok(rules.includes('input/incomplete'), rules.join());
});

test("generative settings alone that use the platform's own template are not read; in an export the agent reads them", () => {
  const { service, at } = discover();
  const platform = at('/cx-only/generativeSettings/en.json', settings('Default', [PLATFORM]));
  assert.equal(service.kindOf(platform), undefined);
  assert.match(service.explainKind(platform).reason ?? '', /platform's own prompt template/);
  // Beside agent.json and its flows, the same file is a part of the agent (the Dialogflow CX adapter).
  at(
    '/cx-agent/agent.json',
    JSON.stringify({ displayName: 'Espiga', defaultLanguageCode: 'es', timeZone: 'Europe/Madrid' }),
  );
  at(
    '/cx-agent/flows/Default Start Flow/Default Start Flow.json',
    JSON.stringify({ name: '00000000-0000-0000-0000-000000000000', displayName: 'Default Start Flow' }),
  );
  const inExport = at(
    '/cx-agent/generativeSettings/es.json',
    settings('Mío', [
      { displayName: 'Mío', promptText: 'Eres el asistente de la panadería. Responde sobre pan y pedidos.' },
    ]),
  );
  assert.equal(service.kindOf(inExport), 'dialogflow-cx');
});
