// Session 20 (flows20): how exports are read for a path to a person and for a conversation. A mail trigger is no chat;
// a send step whose own text gives a staffed contact is a path; a prompt that hands over through a disabled tool is
// not; a Studio request or Function that opens a helpdesk ticket is a path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

function rulesOf(path: string, text: string): string[] {
  return createPolicyService({ host: testHost({ [path]: text }) })
    .lint(`file://${path}`)!
    .findings.map((f) => f.rule);
}

type N8nNode = { name: string; type: string; parameters?: object; disabled?: boolean };

function workflow(nodes: N8nNode[], connections: object): string {
  return JSON.stringify(
    {
      name: 'wf',
      nodes: nodes.map((n, i) => ({ id: `n${i}`, typeVersion: 1, position: [i * 200, 0], parameters: {}, ...n })),
      connections,
      settings: {},
    },
    null,
    2,
  );
}

const main = (...to: string[]) => ({ main: [to.map((node) => ({ node, type: 'main', index: 0 }))] });

test('n8n: a mail trigger reads an inbox, not a chat: an extraction that pings a fixed number is no bot', () => {
  const text = workflow(
    [
      { name: 'Outlook masuk', type: 'n8n-nodes-base.microsoftOutlookTrigger' },
      {
        name: 'Ekstrak',
        type: '@n8n/n8n-nodes-langchain.openAi',
        parameters: { messages: { values: [{ role: 'system', content: 'Jawab apa saja yang ditanyakan.' }] } },
      },
      {
        name: 'Kabari gudang',
        type: 'n8n-nodes-base.whatsApp',
        parameters: { operation: 'send', recipientPhoneNumber: '+6281234567890', textBody: '={{ $json.text }}' },
      },
    ],
    { 'Outlook masuk': main('Ekstrak'), Ekstrak: main('Kabari gudang') },
  );
  assert.deepEqual(rulesOf('/ws/n8n/gudang.json', text), []);
  // The same steps behind a WhatsApp trigger are a conversation again.
  const chat = text.replace('n8n-nodes-base.microsoftOutlookTrigger', 'n8n-nodes-base.whatsAppTrigger');
  assert.ok(rulesOf('/ws/n8n/gudang.json', chat).includes('flow/no-human-path'));
});

test('n8n: a send step whose own text gives a staffed contact is a path to a person', () => {
  const nodes = (staffText: string): N8nNode[] => [
    { name: 'Gelen', type: 'n8n-nodes-base.whatsAppTrigger', parameters: { updates: ['messages'] } },
    {
      name: 'Yönlendir',
      type: 'n8n-nodes-base.switch',
      parameters: { rules: { values: [{ conditions: { conditions: [{ rightValue: 'TEMSILCI' }] } }] } },
    },
    {
      name: 'Asistan',
      type: '@n8n/n8n-nodes-langchain.agent',
      parameters: { options: { systemMessage: 'Sadece Kervan Turizm biletleri hakkında yardım et.' } },
    },
    {
      name: 'Ekibe yönlendir',
      type: 'n8n-nodes-base.whatsApp',
      parameters: { operation: 'send', recipientPhoneNumber: '={{ $json.from }}', textBody: staffText },
    },
  ];
  const conn = {
    Gelen: main('Yönlendir'),
    Yönlendir: { main: [[{ node: 'Ekibe yönlendir' }], [{ node: 'Asistan' }]] },
  };
  const withLink = workflow(
    nodes('=Merhaba {{ $json.name }}, ekibimiz burada yanıtlıyor: https://wa.me/905321234567 (09:00–18:00).'),
    conn,
  );
  assert.ok(!rulesOf('/ws/n8n/kervan.json', withLink).includes('flow/no-human-path'));
  const withMail = workflow(
    nodes('Şikâyetleriniz için: destek@kervanturizm.com.tr — ekibimiz 4 saatte yanıtlar.'),
    conn,
  );
  assert.ok(!rulesOf('/ws/n8n/kervan.json', withMail).includes('flow/no-human-path'));
  const noContact = workflow(nodes('Talebiniz alındı, teşekkürler.'), conn);
  assert.ok(rulesOf('/ws/n8n/kervan.json', noContact).includes('flow/no-human-path'));
});

test('n8n: a prompt that hands over through a disabled tool reaches no one; enabled, the tool decides', () => {
  const text = (disabled: boolean) =>
    workflow(
      [
        { name: 'Chat', type: '@n8n/n8n-nodes-langchain.chatTrigger' },
        {
          name: 'Agente',
          type: '@n8n/n8n-nodes-langchain.agent',
          parameters: {
            options: {
              systemMessage:
                'Eres Tomi, asistente de la Ferretería Ruiz. Solo respondes sobre productos y pedidos de la ferretería.\n\n' +
                '### Atención personal\nSi el cliente pide hablar con una persona, usa la herramienta escalar_a_mostrador y dile que un vendedor le escribirá.',
            },
          },
        },
        {
          name: 'escalar_a_mostrador',
          type: '@n8n/n8n-nodes-langchain.toolHttpRequest',
          disabled,
          parameters: { name: 'escalar_a_mostrador', url: 'https://ferreteria-ruiz.zendesk.com/api/v2/tickets.json' },
        },
      ],
      { Chat: main('Agente'), escalar_a_mostrador: { ai_tool: [[{ node: 'Agente', type: 'ai_tool', index: 0 }]] } },
    );
  assert.ok(rulesOf('/ws/n8n/ruiz.json', text(true)).includes('flow/no-human-path'));
  assert.ok(!rulesOf('/ws/n8n/ruiz.json', text(false)).includes('flow/no-human-path'));
});

test('Twilio Studio: a request that opens a helpdesk ticket is a path to a person; any other request is not', () => {
  const flow = (url: string) =>
    JSON.stringify(
      {
        description: 'Clinique',
        initial_state: 'Trigger',
        flags: { allow_concurrent_calls: true },
        states: [
          {
            name: 'Trigger',
            type: 'trigger',
            transitions: [{ event: 'incomingMessage', next: 'menu' }],
            properties: {},
          },
          {
            name: 'menu',
            type: 'send-and-wait-for-reply',
            transitions: [{ event: 'incomingMessage', next: 'choix' }],
            properties: { body: 'Tapez 1 pour vos rendez-vous, 2 pour parler à quelqu’un.' },
          },
          {
            name: 'choix',
            type: 'split-based-on',
            transitions: [
              { event: 'noMatch', next: 'menu' },
              { event: 'match', next: 'ticket', conditions: [{ type: 'equal_to', value: '2' }] },
            ],
            properties: { input: '{{widgets.menu.inbound.Body}}' },
          },
          {
            name: 'ticket',
            type: 'make-http-request',
            transitions: [{ event: 'success' }, { event: 'failed' }],
            properties: { method: 'POST', url, body: '{"subject":"WhatsApp"}' },
          },
        ],
      },
      null,
      2,
    );
  assert.ok(
    !rulesOf('/ws/studio/clinique.json', flow('https://clinique-lys.freshdesk.com/api/v2/tickets')).includes(
      'flow/no-human-path',
    ),
  );
  assert.ok(
    rulesOf('/ws/studio/clinique.json', flow('https://api.clinique-lys.fr/rendezvous')).includes('flow/no-human-path'),
  );
});
