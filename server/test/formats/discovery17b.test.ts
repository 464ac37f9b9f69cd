/**
 * Discovery of bot prompts where teams keep them (session 17, detect17b): Markdown with front matter that sets a chat
 * model or the WhatsApp channel, Finnish and Azerbaijani prompt files, and configs whose names only start like a
 * repository document (`support-l1.json`). Twins that must stay silent: the same names on real documents, front matter
 * of a blog post, and a Finnish or Azerbaijani README.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

function discover() {
  const host = testHost();
  const service = createPolicyService({ host });
  const at = (p: string, text: string) => host.set(`/tmp/wa-discover17b${p}`, text);
  return { service, at };
}

test('front matter that sets a chat model or the WhatsApp channel is evidence of a prompt (fr, en)', () => {
  const { service, at } = discover();
  const fr = [
    '---',
    'name: lucie',
    'channel: whatsapp',
    'model: mistral-small-latest',
    '---',
    'Tu es Lucie, une assistante qui répond sur WhatsApp.',
    'Réponds en deux phrases au plus.',
  ].join('\n');
  assert.equal(service.kindOf(at('/assistants/lucie.md', fr)), 'system-prompt');
  const en = [
    '---',
    'model: gpt-4o-mini',
    'temperature: 0.3',
    '---',
    'You are Max, a helpful assistant.',
    'Keep it short.',
  ].join('\n');
  assert.equal(service.kindOf(at('/agents/max.md', en)), 'system-prompt');
  // Front matter that sets no model or channel is no evidence: a note beside the prompts stays unread.
  const post = [
    '---',
    'title: Why we built Lucie',
    'date: 2026-03-01',
    '---',
    'We built Lucie to answer questions.',
    'Read on.',
  ].join('\n');
  assert.equal(service.kindOf(at('/assistants/why-lucie.md', post)), undefined);
});

test('Finnish and Azerbaijani prompt files are read by their persona and directive lines', () => {
  const { service, at } = discover();
  const fi = [
    'Olet ystävällinen avustaja.',
    'Vastaa aina suomeksi ja lyhyesti.',
    'Älä käytä taulukoita.',
    'Jos et tiedä vastausta, sano se.',
  ].join('\n');
  assert.equal(service.kindOf(at('/app/llm/system.txt', fi)), 'system-prompt');
  const az = [
    'Sən "Kitabxana" onlayn mağazasının WhatsApp köməkçisisən.',
    'Müştəriyə sifarişin statusunu de.',
    'Qısa cavab ver.',
    'Bilmədiyin şeyi uydurma.',
  ].join('\n');
  assert.equal(service.kindOf(at('/bots/kitab/bot.txt', az)), 'system-prompt');
  // A Finnish README about the project stays documentation.
  const readme = ['# Asennus', '', '```', 'npm install', '```', '', 'Tämä projekti käyttää Node 20:tä.'].join('\n');
  assert.equal(service.kindOf(at('/app/llm/README.md', readme)), undefined);
});

test('a config named like support-l1.json is judged by its content; SUPPORT.md stays a repository document', () => {
  const { service, at } = discover();
  const agent = JSON.stringify(
    {
      agent: 'support-l1',
      instructions:
        'Ты — бот поддержки службы доставки «Пельмень» в WhatsApp. Отвечай только про заказы: где курьер, состав заказа, промокоды. Остальные темы вежливо отклоняй.',
    },
    null,
    2,
  );
  assert.equal(service.kindOf(at('/agents/support-l1.json', agent)), 'system-prompt');
  const doc = 'You are welcome to open an issue.\nFor security reports, write to security@example.org.\n';
  assert.match(service.explainKind(at('/SUPPORT.md', doc)).reason ?? '', /SUPPORT\.md is a repository document/);
  assert.match(service.explainKind(at('/security-notes.txt', doc)).reason ?? '', /repository document/);
});
