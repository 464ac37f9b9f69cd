/**
 * Discovery of prompts kept where session 20's blind set showed they hide: a list of experiment variants or agents
 * each with its prompt key, a LangChain-style chat prompt whose system message keeps its text under `template`, a
 * bot's prompts per locale in a translations folder named as system prompts, a Jinja-templated TOML prompt, a file
 * named in the local language ("sistem-talimati.md"), and a strongly named file whose only persona line is in the
 * third person ("X is an AI assistant"). Twins that must stay unread: UI strings in the same folders, a variants list
 * without prompt keys, code-like TOML.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

function discover() {
  const host = testHost();
  const service = createPolicyService({ host });
  const at = (p: string, text: string) => host.set(`/tmp/wa-discover20${p}`, text);
  return { service, at };
}

test('a prompt key inside the items of a list (experiment variants, agents) is read', () => {
  const { service, at } = discover();
  const json = JSON.stringify({
    experiment: 'greeting-test',
    variants: [
      {
        id: 'A',
        weight: 50,
        system_prompt:
          'You are the WhatsApp assistant of Harbour Bikes. Help with rentals, repairs and opening hours only.',
      },
      {
        id: 'B',
        weight: 50,
        system_prompt:
          'You are the WhatsApp assistant of Harbour Bikes. Help with rentals and repairs, and chat about anything else too.',
      },
    ],
  });
  assert.equal(service.kindOf(at('/experiments/greeting-test.json', json)), 'system-prompt');
  const noPrompt = JSON.stringify({
    experiment: 'button-colour',
    variants: [
      { id: 'A', colour: 'blue' },
      { id: 'B', colour: 'green' },
    ],
  });
  assert.equal(service.kindOf(at('/experiments/button-colour.json', noPrompt)), undefined);
});

test('a serialised chat prompt whose system message keeps its text under `template` is read', () => {
  const { service, at } = discover();
  const json = JSON.stringify({
    _type: 'chat_prompt',
    input_variables: ['question'],
    messages: [
      {
        role: 'system',
        template:
          'Eres el asistente de WhatsApp de Ferretería Ruiz. Responde sobre herramientas, pedidos y horarios; nada más.',
      },
      { role: 'user', template: '{question}' },
    ],
  });
  assert.equal(service.kindOf(at('/chains/prompts/ferreteria.json', json)), 'system-prompt');
});

test("a bot's prompts per locale under a translations folder are read when the file is named as system prompts", () => {
  const { service, at } = discover();
  const prompts = JSON.stringify({
    system_prompts: {
      en: 'You are the booking assistant of Villa Ombra. Help guests book rooms and answer questions about the villa only.',
      it: "Sei l'assistente prenotazioni di Villa Ombra. Aiuta gli ospiti a prenotare e rispondi solo su Villa Ombra.",
    },
  });
  assert.equal(service.kindOf(at('/i18n/system_prompts.json', prompts)), 'system-prompt');
  const ui = JSON.stringify({
    prompts: { en: 'Please enter your booking number to continue with your request today.' },
  });
  assert.equal(service.kindOf(at('/i18n/prompts.json', ui)), undefined);
  assert.equal(service.kindOf(at('/fixtures/system_prompts.json', prompts)), undefined);
});

test('Jinja tags of a templated TOML prompt are its layout, not code', () => {
  const { service, at } = discover();
  const toml = [
    '[bot]',
    'company = ""',
    '',
    '[prompt]',
    "system = '''",
    '{% if company %}',
    'Du bist der WhatsApp-Assistent von {{ company }}. Beantworte nur Fragen zu Bestellungen und Lieferungen.',
    '{% else %}',
    'Du bist ein Assistent und hilfst bei allem, was der Nutzer fragt.',
    '{% endif %}',
    'Antworte kurz und freundlich, höchstens vier Sätze.',
    "'''",
  ].join('\n');
  assert.equal(service.kindOf(at('/config/prompt.toml', toml)), 'system-prompt');
});

test('a file named in its language as system instructions, and a strongly named file with a third-person persona', () => {
  const { service, at } = discover();
  const tr = [
    'Sen Çiçekçi Lale WhatsApp asistanısın.',
    '- Sadece sipariş, teslimat ve çiçek bakımı konularında yardım et.',
    '- Diğer konularda kibarca reddet.',
    '- Müşteri yetkili isterse mağaza hattını ver.',
  ].join('\n');
  assert.equal(service.kindOf(at('/bots/lale/sistem-talimatlari.md', tr)), 'system-prompt');
  const th = [
    '# ผู้ช่วย "มะลิ" (WhatsApp)',
    'มะลิเป็นผู้ช่วย AI ของร้านดอกไม้มะลิ',
    '- ตอบเรื่องการสั่งดอกไม้และการจัดส่ง',
    '- ตอบสุภาพ สั้น ๆ',
    '- ห้ามให้ข้อมูลบัตรเครดิต',
  ].join('\n');
  assert.equal(service.kindOf(at('/bots/mali/system.md', th)), 'system-prompt');
  // The same layout in a notes file that names no prompt stays unread.
  assert.equal(service.kindOf(at('/bots/mali/notes.md', th)), undefined);
});
