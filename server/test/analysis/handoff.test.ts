import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';
import { findContacts } from '../../src/analysis/contacts';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a keyword the user types, in capitals or quotes, that names a person is a path to a person', () => {
  assert.equal(
    esc(
      'Sei l’assistente di Ottica Sole. Se il cliente vuole un operatore, scriva OPERATORE e un addetto risponde qui.',
    ),
    true,
  );
  assert.equal(
    esc('You help Brightwave Gym members. To reach staff, members send "agent" and a trainer replies in this chat.'),
    true,
  );
  assert.equal(
    esc('Você atende a Padaria Sol. Se quiser falar com alguém, o cliente digita HUMANO e um atendente assume o chat.'),
    true,
  );
  // A name in capitals, a label and a negated keyword are not.
  assert.equal(esc('You are the assistant of ACME Tools. Answer questions about orders and deliveries.'), false);
  assert.equal(esc('PERSONA: you are Lea, the assistant of a bakery. Answer questions about opening hours.'), false);
  assert.equal(esc('Never tell customers to type AGENT: no agent reads this chat.'), false);
});

test('a handoff phrase negated anywhere in its clause, or only through an empty template slot, is no path', () => {
  // Polish "ma" is "has", not the Italian "but": it does not stop the negation.
  assert.equal(esc('Jesteś asystentem sklepu. Nie ma możliwości rozmowy z konsultantem w tym czacie.'), false);
  assert.equal(
    esc('Je bent de assistent van Bakkerij Jansen. Doorverbinden met een medewerker kan hier (nog) niet.'),
    false,
  );
  assert.equal(esc('O atendimento humano está indisponível neste número. Responda só sobre pedidos.'), false);
  assert.equal(esc('Human handoff is not configured for this number. Answer questions about parcels only.'), false);
  // A condition before the negation keeps the path: "if you cannot help, transfer".
  assert.equal(esc('If you cannot solve the problem transfer the chat to a human agent.'), true);
  const template =
    'support_phone: ""\n\nYou help customers of {{shop}}. If they need a person, give them {{support_phone}}.';
  assert.equal(esc(template), false);
  assert.equal(esc(template.replace('""', '"+44 113 496 0725"')), true);
});

test('a handoff heading whose section has only a placeholder is no path', () => {
  const text =
    '# Bot\nYou answer questions about phone plans.\n\n## Escalation\nIf asked for a person, give support@example.com.';
  assert.equal(esc(text), false);
  assert.equal(esc(text.replace('support@example.com', 'support@acme-telecom.co.uk')), true);
});

test('an area code in parentheses is part of the number', () => {
  const [p] = findContacts('або дай номер (04598) 5-17-20.').filter((c) => c.kind === 'phone');
  assert.equal(p?.value, '04598) 5-17-20');
  assert.equal(p?.rejected, undefined);
});

test('a template whose business field is empty stays unscoped even with a handoff', () => {
  const text =
    'business_name: ""\n\nYou are a friendly assistant of {{business_name}}. Reply briefly.\nIf the user types HUMAN, a staff member takes over the chat.';
  const a = analyzePrompt(text);
  assert.equal(a.hasEscalation, true);
  assert.equal(a.openDomain, true);
});

test('an issue tracker is no human path; the root of a help site is one', () => {
  const url = (t: string) => findContacts(t).filter((c) => c.kind === 'url')[0];
  assert.equal(url('open an issue at https://github.com/acme/bot/issues')?.rejected, 'code repository link');
  assert.equal(url('our help centre: https://support.acme-telecom.com')?.rejected, undefined);
  assert.equal(url('visit https://acme-telecom.com')?.rejected, 'home page only');
  assert.equal(
    esc(
      'You answer questions about Acme routers. To talk to our team, file a ticket at https://github.com/acme/router/issues.',
    ),
    false,
  );
});

test('direction marks inside a right-to-left number do not split it', () => {
  const [p] = findContacts('اتصل على \u202a+971\u200e 50 123 4567\u202c').filter((c) => c.kind === 'phone');
  assert.equal(p?.country, 'AE');
});
