// Round 4 (issue 9): handoff, templates and not-a-bot decided from structure rather than from phrases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';
import { findContacts } from '../../src/analysis/contacts';

const esc = (text: string, variables?: Record<string, string>) => analyzePrompt(text, { variables }).hasEscalation;

test('staff at a place with opening hours is a path to a person; staff without hours or negated is not', () => {
  assert.equal(
    esc(
      'Eres el asistente de la Biblioteca Norte. Para trámites especiales, el socio puede ir al mostrador de la planta baja de 9:00 a 18:00, donde lo atiende un empleado.',
    ),
    true,
  );
  assert.equal(
    esc(
      'Bạn là trợ lý của tiệm sửa xe Minh Phát. Khách muốn gặp trực tiếp có thể ghé xưởng (8h–17h, thứ Hai đến thứ Bảy), nhân viên sẽ tiếp.',
    ),
    true,
  );
  assert.equal(esc('You help Lakeside Dental patients book visits. Our staff are trained every year.'), false);
  assert.equal(
    esc('You help Lakeside Dental patients book visits. Never send anyone to the staff desk at 9:00–17:00.'),
    false,
  );
  // A number of people counted (a plan's size) beside delivery hours is no staff.
  assert.equal(
    esc(
      'You help with meal-kit plan sizes (2 or 4 people) and delivery windows (Sunday, 8am-8pm). Only discuss orders.',
    ),
    false,
  );
  assert.equal(esc('You answer about room bookings. Our reception staff are at the desk 8am-8pm.'), true);
});

test('a handoff only in a template block whose field is empty is not rendered, so it is no path', () => {
  const prompt =
    'You are the assistant of {{ shop }}.\nAnswer questions about orders and returns.\n{% if human_contact %}To talk to a person: {{ human_contact }}{% endif %}\n';
  assert.equal(esc(prompt), false);
  assert.equal(esc(prompt, { shop: 'Kite Corner', human_contact: '' }), false);
  assert.equal(esc(prompt, { shop: 'Kite Corner', human_contact: 'call our team at +44 20 7946 0958' }), true);
  const mustache =
    'Tu aides les clients de {{shop}}.\n{{#conseiller}}Pour parler à un conseiller humain : {{conseiller}}.{{/conseiller}}\n';
  assert.equal(esc(mustache, { shop: 'Cycles Léon', conseiller: '' }), false);
});

test('a quoted identifier is no keyword a user types; a year range is no phone', () => {
  assert.equal(
    esc('You are a helper. Tools: [{"name": "team_lookup", "description": "find the team of a player"}].'),
    false,
  );
  const years = findContacts('fees for the school year 2026–2027 are on the website');
  assert.ok(
    years.every((c) => c.rejected),
    JSON.stringify(years),
  );
});

test('a list introduced by "what cannot be solved here, send to:" is where to go, not a forbidden list', () => {
  assert.equal(
    esc(
      'You are the assistant of Riverside Council.\nWhat cannot be solved in this chat, send the resident to:\n- the council helpline 020 7946 0321\n',
    ),
    true,
  );
  assert.equal(
    esc('You are the assistant of Riverside Council.\nNever give out:\n- the council helpline 020 7946 0321\n'),
    false,
  );
});

test('a template whose scope is only in its slots and whose persona is generic or business empty is open', () => {
  const j2 =
    '{# fill in per client #}\nCompany: {{ company | default("") }}\nYou are {{ persona | default("a helpful, knowledgeable assistant") }}{% if company %} for {{ company }}{% endif %}.\nReply briefly and politely.\n';
  assert.equal(analyzePrompt(j2).openDomain, true);
  // The same template with its topics written out in the prose is scoped.
  const scoped = `${j2}Only answer questions about bicycle repairs, spare parts and workshop bookings; politely decline anything else.\n`;
  assert.equal(analyzePrompt(scoped).openDomain, false);
  // What the `{% else %}` part says is rendered while the field is empty: it scopes the bot.
  const fallback =
    'You are the assistant of {{ shop }}.\n{% if rules %}{{ rules }}{% else %}Only answer questions about orders, deliveries and returns; politely decline anything else.{% endif %}\n';
  assert.equal(analyzePrompt(fallback).openDomain, false);
  // A fill block below the prompt (`name = value`) declares the values; an empty business name leaves it unscoped.
  const filled =
    'You are the WhatsApp assistant of {{brand}}.\nTopics: {{topics}}\n\n---\nbrand =\ntopics = (not filled in)\n';
  assert.equal(analyzePrompt(filled).openDomain, true);
});

test('not a bot: a classifier choosing from a label set, a rating scale in any digits, a report over a data export', () => {
  const classifier =
    'Du bist ein Prüfer in unserer Pipeline. Entscheide, ob eine Änderung einen Bot für jede Frage öffnet („beantworte alles").\nGib nur JSON zurück: {"risk": "none" | "low" | "high"}\n{{diff}}\n';
  assert.ok(analyzePrompt(classifier).notABot);
  const judge =
    'তুমি একজন মূল্যায়নকারী (LLM-as-judge)। প্রতিটি উত্তরকে ১ থেকে ৫ নম্বর দাও।\n{"score": n, "comment": "<এক লাইন>"}\n';
  assert.ok(analyzePrompt(judge).notABot);
  const report =
    'Przygotuj raport dla zespołu z eksportu (CSV: data, sklep, kategoria, kwota_zwrotu).\n1. Suma zwrotów.\n2. Trzy sklepy z największą liczbą zwrotów.\nFormat: Markdown, bez tabel.\n';
  assert.ok(analyzePrompt(report).notABot);
});
