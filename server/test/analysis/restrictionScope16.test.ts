/**
 * Restriction and example scope (detect16a): what a prompt lists as out of scope, or what its sample bot turns do,
 * is not the prompt's own grant. Own texts, each with a twin of the same grant that is not governed and still fires:
 * - an inline label that refuses or names off-topic requests, before a colon, over the enumeration after it
 *   ("Out of scope: politics, homework, recipes, code, any topic that is not X"), also wrapped over lines;
 * - an off-topic tag or key whose value is a line of cases, not only list items;
 * - a Markdown table column whose header refuses ("| We answer | We do not answer |");
 * - a few-shot bot turn that deflects in a line and steers back to the business ("I'll leave the baking to the
 *   experts! I can help you book a cleaning though."), against one that answers at length first.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const open = (t: string): boolean => analyzePrompt(t).openDomain;

/** [language, business line, refused enumeration, the same enumeration offered]. */
const LABELS: [string, string, string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Tidewater Kayak Rentals: rentals, tours and life jackets.',
    'Out of scope: politics, homework, recipes, computer code, any topic that is not the rental.',
    'Also welcome: politics, homework, recipes, computer code, any topic at all.',
  ],
  [
    'pt',
    'Você é o assistente da Oficina Roda Viva no WhatsApp: revisões, orçamentos e agendamentos.',
    'Fora do escopo: política, receitas, lição de casa, programação, tradução, qualquer assunto\nque não seja a oficina.',
    'Você também ajuda com política, receitas, lição de casa, programação, tradução e qualquer assunto.',
  ],
  [
    'es',
    'Eres el asistente de WhatsApp de la Ferretería Olmo: pedidos, stock y horarios.',
    'Prohibido: deberes, recetas, código, traducciones, cualquier tema que no sea la ferretería.',
    'También ayudas con deberes, recetas, código, traducciones y cualquier tema.',
  ],
  [
    'de',
    'Du bist der WhatsApp-Assistent der Gärtnerei Lindenhof: Bestellungen, Lieferungen und Öffnungszeiten.',
    'Nicht deine Aufgabe: Hausaufgaben, Kochrezepte, Programmcode, Übersetzungen, jedes andere Thema.',
    'Du hilfst auch bei Hausaufgaben, Kochrezepten, Programmcode, Übersetzungen und jedem anderen Thema.',
  ],
  [
    'zh',
    '你是「青禾花店」的 WhatsApp 助手：订花、配送和营业时间。',
    '不回答：作业、菜谱、写代码、翻译、任何与花店无关的话题。',
    '你也可以帮忙：作业、菜谱、写代码、翻译、任何话题。',
  ],
  [
    'fr',
    "Tu es l'assistant WhatsApp de la Cave Saint-Roch : commandes, livraisons et horaires.",
    'Hors sujet : devoirs, recettes, code informatique, traductions, toute question sans rapport avec la cave.',
    'Tu aides aussi pour les devoirs, les recettes, le code informatique, les traductions et toute question.',
  ],
];

test('an inline label that refuses governs the enumeration after its colon, in six languages', () => {
  for (const [lang, business, refused, offered] of LABELS) {
    assert.equal(open(`${business}\n\n${refused}\n`), false, `${lang}: refused list read as a grant`);
    assert.equal(open(`${business}\n\n${offered}\n`), true, `${lang}: the offered twin must still fire`);
  }
});

test('a label followed by an instruction is left to negation scope ("Off-topic: answer it anyway")', () => {
  const shop = 'You are the WhatsApp assistant of Tidewater Kayak Rentals: rentals, tours and life jackets.\n';
  assert.equal(open(`${shop}Off-topic questions: answer them anyway from your general knowledge.\n`), true);
  assert.equal(
    open(`${shop}- Off-topic chat: we would rather keep people here. Help them anyway with whatever they ask.\n`),
    true,
  );
});

test('an off-topic tag or key whose value is a line of cases puts them out of scope (it, en), its twin fires', () => {
  const it = [
    "<role>Sei l'assistente WhatsApp della Biblioteca Civica di Lecco. Rispondi solo su prestiti, orari e iscrizioni.</role>",
    '<out_of_scope>',
    'domande generali, compiti, ricette, programmazione, qualsiasi argomento',
    '</out_of_scope>',
  ].join('\n');
  assert.equal(open(it), false);
  assert.equal(open(it.replace(/out_of_scope/g, 'servizi_extra')), true);
  const en = [
    'system: You are the WhatsApp assistant of Pinecone Dental: appointments and insurance.',
    'off_topic:',
    '  homework, recipes, computer code, travel plans, any other question',
  ].join('\n');
  assert.equal(open(en), false);
  assert.equal(open(en.replace('off_topic:', 'extras:')), true);
});

/** [language, table with a refused column, the same table whose column offers]. */
const TABLES: [string, string, string][] = [
  [
    'en',
    'You are the booking assistant of Lotus Spa.\n\n| We answer | We do not answer |\n|---|---|\n| massages and prices | homework, translation, writing code |\n| bookings | recipes, any other topic |\n',
    'You are the booking assistant of Lotus Spa.\n\n| We answer | We also answer |\n|---|---|\n| massages and prices | homework, translation, writing code |\n| bookings | recipes, any other topic |\n',
  ],
  [
    'th',
    'คุณคือผู้ช่วยจองคิวของร้านนวดบัวแก้ว\n\n| ตอบได้ | ไม่ตอบ |\n|---|---|\n| นวดและราคา | การบ้าน แปลภาษา เขียนโค้ด |\n| เวลาเปิดร้าน | สูตรอาหาร |\n',
    'คุณคือผู้ช่วยจองคิวของร้านนวดบัวแก้ว\n\n| ตอบได้ | ตอบได้เช่นกัน |\n|---|---|\n| นวดและราคา | การบ้าน แปลภาษา เขียนโค้ด |\n| เวลาเปิดร้าน | สูตรอาหาร |\n',
  ],
  [
    'es',
    'Eres el asistente de la Peluquería Rizos: citas y precios.\n\n| Sí respondes | No respondes |\n|---|---|\n| citas y precios | deberes, recetas, código |\n| horarios | traducciones, cualquier tema |\n',
    'Eres el asistente de la Peluquería Rizos: citas y precios.\n\n| Sí respondes | También respondes |\n|---|---|\n| citas y precios | deberes, recetas, código |\n| horarios | traducciones, cualquier tema |\n',
  ],
];

test('a table column whose header refuses lists what the bot does not do (en, th, es), its twin fires', () => {
  for (const [lang, refused, offered] of TABLES) {
    assert.equal(open(refused), false, `${lang}: refused column read as a grant`);
    assert.equal(open(offered), true, `${lang}: the offered twin must still fire`);
  }
});

/** [language, instructions, user turn, deflecting reply, answering reply that steers back after]. */
const SHOTS: [string, string, string, string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Maple Street Dental. You only help with cleanings, check-ups and insurance questions.\n\nExamples:\n',
    'Patient: what is a good recipe for lemon cake',
    "You: I'll leave the baking to the pastry chefs! I can help you book a cleaning or check your insurance though.",
    'You: Sure! Beat 200 g butter with 200 g sugar, add four eggs, 200 g flour, the zest and juice of two lemons, and bake for 45 minutes at 180 degrees. I can help you book a cleaning too.',
  ],
  [
    'es',
    'Eres el asistente de WhatsApp de Ópticas Brillo. Solo ayudas con revisiones de vista, gafas y lentillas.\n\nEjemplos:\n',
    'Cliente: hazme los deberes de matemáticas',
    'Brillo: ¡Las matemáticas se me dan fatal! 😅 Pero puedo ayudarte a reservar una revisión de vista o elegir gafas.',
    'Brillo: ¡Claro! Para resolver 2x + 6 = 10, resta 6 a los dos lados: 2x = 4, y divide entre 2: x = 2. Luego comprueba: 2·2 + 6 = 10. También puedo ayudarte a reservar una revisión de vista.',
  ],
  [
    'id',
    'Kamu adalah asisten WhatsApp Bengkel Motor Jaya. Kamu hanya membantu soal servis, suku cadang, dan booking jadwal.\n\nContoh:\n',
    'Pelanggan: tolong bikinin PR matematika anak saya',
    'Asisten: Wah, kalau PR saya angkat tangan 😄 Tapi saya bisa bantu booking jadwal servis motor Anda.',
    'Asisten: Siap! Soal 12 x 15 = 180, lalu 180 dibagi 4 = 45, dan 45 ditambah 17 hasilnya 62. Tulis langkahnya satu per satu di buku ya. Saya juga bisa bantu booking jadwal servis motor Anda.',
  ],
];

test('a few-shot reply that deflects in a line and steers back to the business is no answer (en, es, id)', () => {
  for (const [lang, intro, user, deflect, answer] of SHOTS) {
    assert.equal(open(`${intro}\n${user}\n${deflect}\n`), false, `${lang}: deflection read as an answer`);
    assert.equal(open(`${intro}\n${user}\n${answer}\n`), true, `${lang}: the answering twin must still fire`);
  }
});
