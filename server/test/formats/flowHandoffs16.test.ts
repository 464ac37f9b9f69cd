// Session 16 (formats16): human paths as the platforms really write them. A marker a router tests that the model
// writes in any bracket style, an approval step that staff click but never chat in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markerWord } from '../../src/formats/shared/handoff';
import { parseN8n } from '../../src/formats/n8n/parse';
import { parseLangflow } from '../../src/formats/langflow/parse';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture } from './formatHelpers';

function rulesOf(uri: string, text: string): string[] {
  return createPolicyService({ host: testHost({ [new URL(uri).pathname]: text }) })
    .lint(uri)!
    .findings.map((f) => f.rule);
}

test('markerWord: capitals in any script, wrapped in up to three punctuation marks, found as a whole token', () => {
  for (const [word, inText] of [
    ['[[ASESOR]]', 'escribe [[ASESOR]] al final'],
    ['<<HUMANO>>', 'termina con <<HUMANO>>.'],
    ['##TEKNISI##', 'akhiri dengan ##TEKNISI##'],
    ['ATENCIÓN_HUMANA', 'responde ATENCIÓN_HUMANA'],
    ['ОПЕРАТОР', 'напиши ОПЕРАТОР в конце'],
    ['HANDOFF', 'end with HANDOFF'],
  ]) {
    const m = markerWord(word);
    assert.ok(m, word);
    assert.ok(m.test(inText), `${word} in ${inText}`);
  }
  assert.ok(!markerWord('[[ASESOR]]')!.test('escribe ASESOR al final'), 'the brackets are part of the marker');
  assert.ok(!markerWord('HANDOFF')!.test('the HANDOFFS page'), 'a whole token');
  for (const notMarker of ['asesor', 'Agent', 'OK', '{{ $json.output }}', 'human agent', '[[a]]', 'TEXT(((('])
    assert.equal(markerWord(notMarker), undefined, notMarker);
});

test('n8n: a marker a Switch routes to a disabled helpdesk step is no path; enabled, it is one', () => {
  const { uri, text } = fixture('n8n', 'marker-switch-disabled.json');
  const model = parseN8n(uri, text);
  const agent = model.flow!.nodes.find((n) => n.label === 'Sena')!;
  assert.equal(
    model.prompts[agent.prompt!].handoffByFlow,
    true,
    'the Switch tests ##TEKNISI##, which the prompt writes',
  );
  assert.ok(rulesOf(uri, text).includes('flow/no-human-path'));
  const enabled = text.replace('"disabled": true', '"disabled": false');
  assert.ok(!rulesOf(uri, enabled).includes('flow/no-human-path'));
});

test('n8n: the old IF (value2) and an expression that quotes the marker are read too', () => {
  const { uri, text } = fixture('n8n', 'marker-switch-disabled.json');
  const oldIf = text
    .replace('"n8n-nodes-base.switch"', '"n8n-nodes-base.if"')
    .replace('"rightValue": "##TEKNISI##"', '"value2": "={{ $json.output.includes(\'##TEKNISI##\') }}"');
  const model = parseN8n(uri, oldIf);
  const agent = model.flow!.nodes.find((n) => n.label === 'Sena')!;
  assert.equal(model.prompts[agent.prompt!].handoffByFlow, true);
});

test('n8n: a send-and-wait approval e-mailed to a manager is no path to a person; a free-text reply is', () => {
  const { uri, text } = fixture('n8n', 'approval-gate.json');
  const model = parseN8n(uri, text);
  assert.equal(model.flow!.nodes.find((n) => n.label === 'Freigabe Filialleitung')!.kind, 'action');
  assert.ok(rulesOf(uri, text).includes('flow/no-human-path'));
  const freeText = text.replace(
    '"operation": "sendAndWait",',
    '"operation": "sendAndWait", "responseType": "freeText",',
  );
  assert.equal(parseN8n(uri, freeText).flow!.nodes.find((n) => n.label === 'Freigabe Filialleitung')!.kind, 'human');
  const plainMail = text.replace('"operation": "sendAndWait",', '"operation": "send",');
  assert.ok(!rulesOf(uri, plainMail).includes('flow/no-human-path'), 'an e-mail to staff about the customer is a path');
});

test('a flow in a template gallery folder (Flowise marketplaces/, Langflow starter_projects/) is no deployed bot', () => {
  for (const [format, name] of [
    ['flowise', 'scoped-handoff.json'],
    ['langflow', 'ferry-support-agent.json'],
  ]) {
    const { text } = fixture(format, name);
    const host = testHost();
    const inGallery = host.set(`/tmp/wa-f16/${format}-src/packages/server/marketplaces/chatflows/${name}`, text);
    const starter = host.set(`/tmp/wa-f16/${format}-src/initial_setup/starter_projects/${name}`, text);
    const deployed = host.set(`/tmp/wa-f16/${format}-bots/whatsapp/${name}`, text);
    const service = createPolicyService({ host });
    for (const uri of [inGallery, starter]) {
      const skip = service.explainKind(uri);
      assert.equal(skip.kind, undefined, uri);
      assert.match(skip.reason ?? '', /a template of a gallery/);
    }
    assert.equal(service.explainKind(deployed).kind, format);
  }
});

test('a click-to-chat link to a number in a message is a chat with a person, in any language; a placeholder is not', () => {
  const { uri, text } = fixture('twilio-studio', 'whatsapp-team-phone-number.json');
  const original = 'Please call our team on +1 555 123 4567, weekdays 9 to 5.';
  assert.ok(text.includes(original));
  for (const body of [
    'Ustalarımız size WhatsApp üzerinden yanıt verir: https://wa.me/905321234567',
    'Nos conseillers vous répondent ici : wa.me/33651428870 (lun–sam).',
    'ช่างของเราตอบทาง https://api.whatsapp.com/send?phone=66812345678',
  ])
    assert.ok(!rulesOf(uri, text.replace(original, body)).includes('flow/no-human-path'), body);
  const placeholder = text.replace(original, 'Escríbenos: https://wa.me/00000000000');
  assert.ok(rulesOf(uri, placeholder).includes('flow/no-human-path'));
});

test('langflow: a Prompt slot whose field is left empty is an unfilled blank, not a way to a person', () => {
  const { uri, text } = fixture('langflow', 'slots-rag.json');
  const filled = 'call our claims desk on 0800 640 2211 (Mon-Fri 8:00-18:00).';
  assert.ok(text.includes(`"value": "${filled}"`));
  assert.ok(!rulesOf(uri, text).includes('flow/no-human-path'));
  const model = parseLangflow(uri, text.replace(`"value": "${filled}"`, '"value": ""'));
  const prompt = model.prompts.find((p) => p.text.text.includes('[contact (empty)]'));
  assert.ok(prompt, 'the empty slot reads as a blank field');
  assert.ok(rulesOf(uri, text.replace(`"value": "${filled}"`, '"value": ""')).includes('flow/no-human-path'));
});
