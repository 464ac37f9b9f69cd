// Exports that are not chat bots (a Dify workflow app, a Langflow data job) are skipped with a reason; a Voiceflow
// intent step is reached from the user's message although no port leads to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseVoiceflow } from '../../src/formats/voiceflow/parse';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture, shape } from './formatHelpers';

test('a Dify workflow app and a Langflow flow with no chat input or output are skipped, with the reason', () => {
  const service = createPolicyService({ host: testHost() });
  for (const [format, name, why] of [
    ['dify', 'stock-report-workflow.yml', /Dify workflow app \(app\.mode: workflow\).*not a chat bot/],
    ['langflow', 'crm-name-sync-job.json', /no Chat Input or Chat Output.*not a chat bot/],
  ] as const) {
    const { uri } = fixture(format, name);
    const outcome = service.explainKind(uri);
    assert.equal(outcome.kind, undefined, name);
    assert.match(outcome.reason ?? '', why);
  }
  // The same files that do talk to people stay bots: a chat app, a flow with a Chat Input.
  assert.equal(service.kindOf(fixture('dify', 'clinic-chatflow.yml').uri), 'dify');
  assert.equal(service.kindOf(fixture('langflow', 'ferry-support-agent.json').uri), 'langflow');
  // A workflow that sends WhatsApp messages is read.
  const host = testHost();
  const { text } = fixture('dify', 'stock-report-workflow.yml');
  const wa = host.set(
    '/tmp/wa-notchat/wa-workflow.yml',
    text.replace('https://hooks.slack.com/services/T000/B000/XXXX', 'https://graph.facebook.com/v21.0/1234/messages'),
  );
  assert.equal(createPolicyService({ host }).kindOf(wa), 'dify');
});

test('langflow: a data job whose note or prompt mentions WhatsApp is still no chat bot; one posting to WhatsApp is', () => {
  // Webhook → Data to Message → Prompt ("do not chat with the sender") → model → Structured Output → API Request,
  // with a note that says staff message customers on WhatsApp afterwards: the flow itself talks to no one.
  const service = createPolicyService({ host: testHost() });
  const job = fixture('langflow', 'repair-triage-job.json');
  assert.match(job.text, /WhatsApp/);
  const outcome = service.explainKind(job.uri);
  assert.equal(outcome.kind, undefined);
  assert.match(outcome.reason ?? '', /no Chat Input or Chat Output.*not a chat bot/);
  // A click-to-chat link in a field sends nothing either.
  const host = testHost();
  const link = host.set(
    '/tmp/wa-notchat/repair-link.json',
    job.text.replace(
      'https://tickets.spokewise.example/api/v2/repairs',
      'https://api.whatsapp.com/send?phone=5511900000000',
    ),
  );
  assert.equal(createPolicyService({ host }).kindOf(link), undefined);
  // The same job whose API Request posts to the WhatsApp Cloud API messages people: it is read.
  const sends = host.set(
    '/tmp/wa-notchat/repair-sends.json',
    job.text.replace(
      'https://tickets.spokewise.example/api/v2/repairs',
      'https://graph.facebook.com/v21.0/1234/messages',
    ),
  );
  assert.equal(createPolicyService({ host }).kindOf(sends), 'langflow');
});

test('voiceflow: an intent step (a global listener) is reached from the start; an API step to a helpdesk is a person', () => {
  const ports = (target?: string) => ({ builtIn: target ? { next: { type: 'next', target } } : {}, dynamic: [] });
  const vf = {
    _version: '1.2',
    project: { name: 'Harbour Hotel' },
    version: { platformData: { settings: {} } },
    diagrams: {
      home: {
        name: 'Home',
        nodes: {
          start00: { type: 'start', data: { portsV2: ports('greet') } },
          greet: { type: 'text', data: { texts: [], portsV2: ports() } },
          wantsDesk: { type: 'intent', data: { intent: 'reception', availability: 'GLOBAL', portsV2: ports('open') } },
          open: {
            type: 'api',
            data: { url: 'https://desk.harbour.example/api/v1/accounts/2/conversations', method: 'POST' },
          },
        },
      },
    },
  };
  const { kinds, edges } = shape(parseVoiceflow('file:///tmp/hotel.vf', JSON.stringify(vf)));
  assert.ok(edges.has('start00->wantsDesk'));
  assert.equal(kinds.open, 'human');
});

test('voiceflow: a .vfr file without compiled lines is named by --explain-skips with how to make it readable', () => {
  const host = testHost();
  const uri = host.set('/tmp/wa-notchat/hotel.vfr', '{"programs": {}, "version": {}, "project": {}}');
  assert.match(
    createPolicyService({ host }).explainKind(uri).reason ?? '',
    /\.vfr file without `programs` of `lines`.*export the project as \.vf/,
  );
});
