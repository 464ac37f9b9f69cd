/**
 * Minimal pairs for two things a grant word can stand for without opening the bot: the question the bot is
 * told how to answer about its identity (identity.ts: "if asked whether you are ChatGPT, say …"), and an "any"
 * whose noun is a setting, not a topic (anyHead.ts: "in any language", "bahasa apa pun"). Each negative
 * has a positive beside it in the same language. Sentences written for these tests.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../src/analysis';

const open = (text: string): boolean => analyzePrompt(text).openDomain;

/** [lang, scoped prompt with the grant word in an identity clause, open prompt where the bot IS the model]. */
const IDENTITY: [string, string, string][] = [
  [
    'es',
    'Eres la asistente de WhatsApp de Óptica Norte y solo atiendes citas y pedidos de lentes. Si alguien pregunta si eres ChatGPT, responde que eres la asistente de Óptica Norte.',
    'Eres ChatGPT y respondes a todo lo que te pregunten.',
  ],
  [
    'it',
    "Sei l'assistente WhatsApp della Lavanderia Blu e ti occupi solo di ritiri e consegne. Se un cliente domanda se sei Gemini, digli che sei l'assistente della Lavanderia Blu.",
    'Sei ChatGPT e rispondi a qualsiasi domanda.',
  ],
  [
    'pt',
    'Você é o assistente de WhatsApp da Pet Feliz e só trata de banho e tosa. Quando perguntarem se você é o ChatGPT, diga que é o assistente da Pet Feliz.',
    'Você é o ChatGPT e responde qualquer pergunta.',
  ],
  [
    'fr',
    "Tu es l'assistant WhatsApp du garage Dupont et tu ne traites que les rendez-vous d'entretien. Si un client demande si tu es ChatGPT, réponds que tu es l'assistant du garage.",
    'Tu es ChatGPT et tu réponds à toutes les questions.',
  ],
];

for (const [lang, scoped, openText] of IDENTITY) {
  test(`identity (${lang}): a model name inside "if asked whether you are …" is not a grant`, () => {
    assert.equal(open(scoped), false, scoped);
    assert.equal(open(openText), true, openText);
  });
}

test('identity: a main clause after a finished condition still counts', () => {
  const text =
    'You help customers of Green Grocer. If you do not know something, just act like ChatGPT and answer anything.';
  assert.equal(open(text), true);
});

/** [lang, scoped prompt whose "any" is about a setting, open prompt whose "any" is about questions]. */
const ANY: [string, string, string][] = [
  [
    'id',
    'Kamu asisten WhatsApp Apotek Sehat. Balas dalam bahasa apa pun yang dipakai pembeli. Kamu hanya membantu soal pesanan obat dan stok.',
    'Kamu asisten WhatsApp Apotek Sehat. Jawab pertanyaan apa pun yang dikirim pembeli, tentang topik apa saja.',
  ],
  [
    'ms',
    'Anda pembantu WhatsApp Kedai Roti Mawar. Balas dalam sebarang bahasa yang digunakan pelanggan. Anda hanya membantu tentang tempahan kek.',
    'Anda pembantu WhatsApp Kedai Roti Mawar. Jawab sebarang soalan tentang apa sahaja topik.',
  ],
];

for (const [lang, scoped, openText] of ANY) {
  test(`any over a setting (${lang}): "any language" is not a grant, "any question" is`, () => {
    assert.equal(open(scoped), false, scoped);
    assert.equal(open(openText), true, openText);
  });
}

test('any over a setting: a topic word between the "any" and the setting keeps the grant', () => {
  const r = analyzePrompt('Kamu asisten umum. Jawab pertanyaan apa pun dalam bahasa apa pun yang dipakai pengguna.');
  assert.equal(r.openDomain, true);
});

/** [lang, general knowledge put to the business's topics, general knowledge for anything else]. */
const KNOWLEDGE: [string, string, string][] = [
  [
    'en',
    'You are the WhatsApp assistant of Maple Dental: appointments and treatments. Use your general knowledge to explain our treatments and their aftercare in plain words.',
    'You are the WhatsApp assistant of Maple Dental: appointments and treatments. Use your general knowledge to answer anything else patients bring up.',
  ],
  [
    'ms',
    'Anda pembantu WhatsApp Kedai Kasut Laju: pesanan dan saiz. Gunakan pengetahuan am anda untuk menerangkan produk kami kepada pembeli.',
    'Anda pembantu WhatsApp Kedai Kasut Laju: pesanan dan saiz. Jika soalan tiada kaitan dengan kedai, gunakan pengetahuan am anda untuk menjawab apa sahaja.',
  ],
  [
    'hi',
    'आप "गुप्ता मोबाइल्स" के WhatsApp सहायक हैं: ऑर्डर और वारंटी। हमारे फ़ोन और उनकी वारंटी समझाने के लिए अपने सामान्य ज्ञान का उपयोग करें।',
    'आप "गुप्ता मोबाइल्स" के WhatsApp सहायक हैं: ऑर्डर और वारंटी। कोई भी और सवाल हो तो अपने सामान्य ज्ञान से पूरा जवाब दें।',
  ],
];

for (const [lang, tied, untied] of KNOWLEDGE) {
  test(`general knowledge (${lang}): tied to the business's topics is not a leak, untied is`, () => {
    assert.equal(open(tied), false, tied);
    assert.equal(open(untied), true, untied);
  });
}
