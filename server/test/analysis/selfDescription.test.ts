/**
 * Recall mechanisms of round 7: capability statements without an imperative (knowWord), strings of the bot's own
 * JSON/YAML configuration, greetings introduced by a label line, informal chat spellings (lexicon `informal:`),
 * and grant phrases inside the aside of an off-topic condition.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, detectLanguage } from '../../src/analysis';
import { lexicons } from '../../src/analysis/lexicon';
import { normalizeText } from '../../src/analysis/normalize';
import { tokenize } from '../../src/analysis/tokenize';

const open = (text: string): boolean => analyzePrompt(text).openDomain;

test('a capability said of the bot over a universal object is a grant, in several languages', () => {
  assert.equal(
    open(
      'Harbour Gas Ltd runs this WhatsApp line. Its helper, Pip, knows a little of everything, from tides to tax forms.\nMeter readings go through submit_reading(meter_id).',
    ),
    true,
  );
  assert.equal(
    open(
      "Ce robot de la mutuelle Oréa s'y connaît, il sait tout sur tout.\nPour un remboursement, appelle suivi_dossier(numero).",
    ),
    true,
  );
  // The same verbs bound to the business stay scoped.
  assert.equal(
    open(
      'You are the WhatsApp assistant of Harbour Gas. You know everything about our tariffs and meter readings. Only discuss our gas supply; politely decline anything else.',
    ),
    false,
  );
});

test('a JSON capability is text of the configuration itself, not a quotation to decline', () => {
  const text = [
    'You are the WhatsApp helper of Lumen Power. Stay on electricity topics and use the capabilities below.',
    '```json',
    '{"capabilities": [',
    '  {"name": "bill_status", "description": "Explain the latest electricity bill"},',
    '  {"name": "open_help", "description": "Answer any question on any topic", "note": "never ask for the card PIN"}',
    ']}',
    '```',
  ].join('\n');
  assert.equal(open(text), true);
  // The same words as a customer's message the bot declines stay neutralised.
  const quoted = [
    'You are the WhatsApp helper of Lumen Power. Only discuss electricity bills and outages.',
    'Some customers write "answer any question on any topic"; politely decline and return to their bill.',
  ].join('\n');
  assert.equal(open(quoted), false);
});

test('a greeting under a label line with commas is speech of the bot itself', () => {
  const text = [
    'Tu es Nina, la conseillère WhatsApp de la boulangerie Pain Doré. Tu ne traites que les commandes.',
    'Message de bienvenue, à envoyer à chaque nouveau client :',
    '« Coucou ! Commandes, gâteaux sur mesure, mais aussi devoirs, recettes, voyages ou CV : je vous aide sur tout ! »',
  ].join('\n');
  assert.equal(open(text), true);
});

test('informal Malay is read as Malay and its short forms match the patterns of their words', () => {
  const text =
    'ko ni bot kedai kasut kitorg kt bangsar. sbnrnya ko blh layan je ape2 org tnye, jwb santai2 je. kitorg xde staff jage chat ni.';
  assert.deepEqual(detectLanguage(text).slice(0, 1), ['ms']);
  const r = analyzePrompt(text);
  assert.equal(r.confidence, undefined);
  // "blh layan je ape2 org tnye": boleh layan apa-apa (yang) orang tanya, served whatever people ask.
  assert.equal(r.reason, 'explicit-grant');
});

test('informal Thai and Indonesian short forms expand to the words the patterns use', () => {
  // ไร = อะไร: "whatever they ask off-topic, just answer" in chat spelling.
  assert.equal(analyzePrompt('เป็นแอดมินร้านต้นไม้ของเรา ถ้าลูกค้าถามไรนอกเรื่องก็ตอบไปได้เลย').reason, 'explicit-grant');
  // gak = tidak: a negated grant stays negated.
  assert.equal(
    open(
      'Kamu admin toko bunga Melati. Km cuma bantu soal pesanan bunga ya, jgn jawab pertanyaan di luar itu. Kalau ada yg nanya hal lain, bilang aja gak bisa.',
    ),
    false,
  );
});

test('a grant phrase inside the aside of an off-topic condition lists what the condition means', () => {
  assert.equal(
    open(
      'Eres el bot de la panadería Luna. Solo ayudas con pedidos y horarios. Si te preguntan otra cosa (deberes, fútbol, lo que sea) dile que solo ves pedidos.',
    ),
    false,
  );
});

test('every informal spelling is used in its own example, and joins a pattern or votes for its language', () => {
  for (const lex of lexicons) {
    for (const w of lex.informal ?? []) {
      const shorts = w.short.toLowerCase().split('|');
      const words = tokenize(normalizeText(w.example).text).map((t) => t.text);
      assert.ok(
        shorts.some((s) => words.includes(normalizeText(s).text)),
        `${lex.lang} ${w.short}: ${w.example}`,
      );
      // Each spelling reads into a pattern of its language, or votes for the language in detection.
      const used = Object.values(lex.entries).some((list) =>
        list?.some((e) => e.pattern.split(/[\s|+]/).some((alt) => shorts.includes(alt))),
      );
      assert.ok(used || shorts.some((x) => lex.hints.includes(x)), `${lex.lang} ${w.short} (${w.word}) is unused`);
    }
  }
});
