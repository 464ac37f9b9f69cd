/**
 * Session 23's readings, on texts written for these tests (each with a twin that keeps its verdict): a handoff tool
 * whose own entry in the configuration is switched off, an API endpoint offered as a contact, and the one
 * definition of a placeholder host.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';
import { findContacts } from '../../src/analysis/contacts';
import { placeholderHost, urlHost } from '../../src/analysis/placeholderHost';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a handoff tool whose JSON entry sets its switch off, in the config language, is no path wherever it is named', () => {
  const json = (flag: string) =>
    JSON.stringify(
      {
        system_prompt:
          'Você é a assistente da Ótica Brilho no WhatsApp: agendamentos de exame de vista e status de pedidos. Se o cliente quiser falar com uma pessoa, use passar_para_atendente.',
        ferramentas: [
          { nome: 'status_pedido', descricao: 'Consulta o pedido', ativo: true },
          { nome: 'passar_para_atendente', descricao: 'Transfere a conversa para um atendente humano', ...flag_(flag) },
        ],
      },
      null,
      2,
    );
  const flag_ = (flag: string): Record<string, unknown> =>
    flag ? { [flag.split('=')[0]]: flag.split('=')[1] === 'true' } : {};
  assert.equal(esc(json('ativo=false')), false);
  assert.equal(esc(json('enabled=false')), false);
  assert.equal(esc(json('ativo=true')), true);
  assert.equal(esc(json('')), true);
});

test('a handoff tool whose YAML list item is switched off is no path; a live contact in the same sentence stays one', () => {
  const yaml = (flag: string, rule: string) =>
    `instructions: |\n  Sen Kahve Durağı'nın WhatsApp asistanısın: siparişler ve şube saatleri. ${rule}\ntools:\n  - name: siparis_durumu\n    aktif: true\n  - name: canli_destek_aktar\n    description: Sohbeti bir temsilciye aktarır\n    aktif: ${flag}\n`;
  const rule = 'Müşteri bir temsilciyle görüşmek isterse canli_destek_aktar aracını çağır.';
  assert.equal(esc(yaml('false', rule)), false);
  assert.equal(esc(yaml('true', rule)), true);
  assert.equal(
    esc(
      yaml(
        'false',
        'Müşteri bir temsilciyle görüşmek isterse canli_destek_aktar aracını çağır veya +90 212 555 1234 numarasını ver.',
      ),
    ),
    true,
  );
});

test('a tool key switched off makes the prompt sentence that calls it no path', () => {
  const yaml = (flag: string) =>
    `system_prompt: |\n  You are the WhatsApp receptionist of Maple Dental: bookings and opening hours only.\n  When a patient asks for a person, call \`transfer_to_reception\`.\ntools:\n  transfer_to_reception:\n    # off while the front desk is being renovated\n    enabled: ${flag}\n`;
  assert.equal(esc(yaml('false')), false);
  assert.equal(esc(yaml('true')), true);
});

test('an API endpoint is no contact; a help page and a helpdesk API stay one', () => {
  const rejected = (url: string) => findContacts(url).find((c) => c.kind === 'url')?.rejected;
  assert.match(rejected('https://api.bakery.example2.io/v2/orders') ?? '', /API endpoint/);
  assert.match(rejected('https://shop.acme.de/api/orders') ?? '', /API endpoint/);
  assert.equal(rejected('https://help.acme.de/kontakt'), undefined);
  assert.equal(rejected('https://api.acme.de/v1/handoff'), undefined);
});

test('one definition of a placeholder host, read by label', () => {
  for (const h of [
    'example.com',
    'api.example.org',
    'acme.test',
    'localhost:8080',
    'mail.example.com.br',
    'yourdomain.com',
    'domain.co.uk',
    'xxx.io',
  ])
    assert.equal(placeholderHost(h), true, h);
  // A fictional business's own address under the `.example` top-level domain is meant as its real contact.
  for (const h of ['contest.com', 'latest.news', 'email.acme.com', 'counterexample.org', 'acme.com.br', 'shop.example'])
    assert.equal(placeholderHost(h), false, h);
  assert.equal(urlHost('https://user@api.example.com:8443/x?y'), 'api.example.com:8443');
  assert.equal(findContacts('write to help@yourcompany.com')[0]?.rejected, 'placeholder address');
});

test('a handoff section whose first sentence reserves the service for a tier is no path for every user', () => {
  const en = (first: string) =>
    `You are the WhatsApp assistant of Ferro Gym. Help members book classes and check opening hours; decline other topics.\n\nTALK TO AN AGENT\n${first}\n- Call transfer_to_agent; an agent replies in this chat on weekdays 9–17.\n`;
  assert.equal(esc(en('Chatting with an agent is only for Platinum members.')), false);
  assert.equal(esc(en('Members can chat with an agent at any time.')), true);
});
