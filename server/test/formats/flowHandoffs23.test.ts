// Session 22 (flows23): human steps and prompts the flow exports show but do not give every customer. A Dialogflow
// CX payload that switches its handoff off asks for no transfer; a Copilot Studio agent published only to Teams talks
// to staff; a Typebot system message that is a variable holds, after each Set variable block, the text that block
// gives; a Flowise fixed reply that gives a phone number is a way to a person; a Voiceflow person behind a condition
// that admits one customer tier is that tier's only.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { humanMessages } from '../../src/formats/dialogflow-cx/messages';
import { reserveTierBranches } from '../../src/formats/shared/audience';
import { parseJson } from '../../src/formats/shared/jsonSource';
import type { FlowGraph } from '../../src/model/types';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const ROOT = path.resolve('/ws23f');

function rules(files: Record<string, string>, lint: string[]): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([p, t]) => [path.join(ROOT, p), t]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const p of lint) for (const f of service.lint(toUri(path.join(ROOT, p)))?.findings ?? []) out.push(f.rule);
  return out.sort();
}

test('dialogflow-cx: a custom payload whose handoff key is switched off asks for no transfer', () => {
  const labels = (payload: object) => {
    const src = parseJson(
      'file:///cx/page.json',
      JSON.stringify([{ text: { text: ['Chat with our advisers opens next month.'] } }, { payload }]),
    );
    return humanMessages(src.root).map((h) => h.label);
  };
  assert.deepEqual(labels({ escalate_to_agent: 'off', owner: 'ops' }), []);
  assert.deepEqual(labels({ live_agent_handoff: { enabled: false, queue: 'claims' } }), []);
  assert.deepEqual(labels({ human_transfer_enabled: 0 }), []);
  // A payload that asks for one (or says it is on) still does.
  assert.equal(labels({ live_agent_handoff: { enabled: true, queue: 'claims' } }).length, 1);
  assert.equal(labels({ transfer: 'claims-desk' }).length, 1);
  assert.equal(labels({ handoff_enabled: true }).length, 1);
});

// Instructions that read like a customer agent's: where the agent is published decides who writes to it.
const MCS_AGENT = `kind: GptComponentMetadata
displayName: Brightwell Helper
instructions: |-
  You answer questions from Brightwell Bikes customers on WhatsApp about repairs, bookings and opening hours.
  Only discuss Brightwell Bikes topics and politely decline anything else.
`;

const mcsSettings = (channels: string[]) => `displayName: Brightwell Helper
schemaName: cr1b2_brightwellHelper
configuration:
  channels:
${channels.map((c) => `    - channelId: ${c}`).join('\n')}
  settings:
    GenerativeActionsEnabled: true
  recognizer:
    kind: GenerativeAIRecognizer
`;

test('copilot studio: an agent published only to Teams or Microsoft 365 Copilot has no customer conversation', () => {
  const lint = (channels: string[]) =>
    rules({ 'tone/agent.mcs.yml': MCS_AGENT, 'tone/settings.mcs.yml': mcsSettings(channels) }, [
      'tone/agent.mcs.yml',
      'tone/settings.mcs.yml',
    ]);
  assert.deepEqual(lint(['msteams']), []);
  assert.deepEqual(lint(['msteams', 'Microsoft365Copilot']), []);
  // A channel customers write on (Omnichannel carries WhatsApp; Direct Line a relay) makes it a customer agent.
  assert.ok(lint(['msteams', 'Omnichannel']).includes('flow/no-human-path'));
  assert.ok(lint(['directline']).includes('flow/no-human-path'));
});

test('copilot studio: a Teams-listed agent that transfers to live agents works for a contact centre', () => {
  const open = MCS_AGENT.replace(
    'Only discuss Brightwell Bikes topics and politely decline anything else.',
    'Also answer any other question on any topic from your general knowledge.',
  );
  const escalate = `kind: AdaptiveDialog
beginDialog:
  kind: OnEscalate
  id: main
  actions:
    - kind: TransferConversationV2
      id: transfer_agent
      transferType:
        kind: TransferToAgent
        messageToAgent: Customer asked for a person.
`;
  const lint = (withTransfer: boolean) => {
    const files: Record<string, string> = {
      'desk/agent.mcs.yml': open,
      'desk/settings.mcs.yml': mcsSettings(['msteams']),
    };
    if (withTransfer) files['desk/topics/Escalate.mcs.yml'] = escalate;
    return rules(files, Object.keys(files));
  };
  // Omnichannel carries WhatsApp without being listed among the channels: a transfer to agents says customers write.
  assert.ok(lint(true).includes('flow/open-domain-fallback'));
  assert.deepEqual(lint(false), []);
});

/** A Typebot export: the welcome sets `{{persona}}`, a Condition keeps it for bike words, else another Set block. */
function typebot(otherPersona: string): string {
  const text = (t: string) => ({ richText: [{ type: 'p', children: [{ text: t }] }] });
  return JSON.stringify({
    version: '6',
    id: 'tb1',
    name: 'Brightwell Bikes',
    events: [{ id: 'ev', type: 'start', outgoingEdgeId: 'e0' }],
    variables: [
      { id: 'vp', name: 'persona' },
      { id: 'vq', name: 'question' },
      { id: 'va', name: 'answer' },
    ],
    groups: [
      {
        id: 'g0',
        title: 'Welcome',
        blocks: [
          {
            id: 'b0',
            type: 'Set variable',
            options: {
              variableId: 'vp',
              expressionToEvaluate:
                'You are the assistant of Brightwell Bikes in Leeds. Only answer questions about our bikes, repairs and opening hours; politely decline anything else. For a person, give the workshop number +44 113 496 0123.',
            },
          },
          { id: 'b1', type: 'text', content: text('Hi! Ask me about bikes or repairs.'), outgoingEdgeId: 'e1' },
        ],
      },
      {
        id: 'g1',
        title: 'Ask',
        blocks: [
          { id: 'b2', type: 'text input', options: { variableId: 'vq' } },
          {
            id: 'b3',
            type: 'Condition',
            items: [
              {
                id: 'i1',
                content: {
                  comparisons: [{ id: 'c1', variableId: 'vq', comparisonOperator: 'Contains', value: 'bike' }],
                },
                outgoingEdgeId: 'e2',
              },
            ],
          },
          {
            id: 'b4',
            type: 'Set variable',
            options: { variableId: 'vp', expressionToEvaluate: otherPersona },
            outgoingEdgeId: 'e3',
          },
        ],
      },
      {
        id: 'g2',
        title: 'Answer',
        blocks: [
          {
            id: 'b5',
            type: 'openai',
            options: {
              action: 'Create chat completion',
              model: 'gpt-4o-mini',
              messages: [
                { id: 'm1', role: 'system', content: '{{persona}}' },
                { id: 'm2', role: 'user', content: '{{question}}' },
              ],
              responseMapping: [{ id: 'r1', item: 'Message content', variableId: 'va' }],
            },
          },
          { id: 'b6', type: 'text', content: text('{{answer}}'), outgoingEdgeId: 'e4' },
        ],
      },
    ],
    edges: [
      { id: 'e0', from: { eventId: 'ev' }, to: { groupId: 'g0' } },
      { id: 'e1', from: { blockId: 'b1' }, to: { groupId: 'g1' } },
      { id: 'e2', from: { blockId: 'b3', itemId: 'i1' }, to: { groupId: 'g2' } },
      { id: 'e3', from: { blockId: 'b4' }, to: { groupId: 'g2' } },
      { id: 'e4', from: { blockId: 'b6' }, to: { groupId: 'g1' } },
    ],
    whatsAppCredentialsId: 'wa1',
  });
}

test('typebot: a system message that is a variable holds, after each Set variable block, the text that block gives', () => {
  const lint = (other: string) => rules({ 'bikes.json': typebot(other) }, ['bikes.json']);
  // The other branch swaps in a general assistant: the model answers anything on that path.
  assert.ok(
    lint(
      'You are a friendly general assistant. Help with any question at all: homework, travel plans, recipes, coding.',
    ).includes('flow/open-domain-llm'),
  );
  // The same text on both paths (or another scoped one) stays scoped.
  assert.ok(
    !lint(
      'You are the assistant of Brightwell Bikes in Leeds. Only answer questions about our bikes and repairs; politely decline anything else.',
    ).includes('flow/open-domain-llm'),
  );
});

function agentflow(reply: string): string {
  const node = (id: string, name: string, label: string, inputs: object) => ({
    id,
    type: 'agentFlow',
    data: { id, name, label, inputs },
  });
  return JSON.stringify({
    nodes: [
      node('startAgentflow_0', 'startAgentflow', 'Start', { startInputType: 'chatInput' }),
      node('conditionAgentAgentflow_0', 'conditionAgentAgentflow', 'Router', {
        conditionAgentModel: 'chatOpenAI',
        conditionAgentScenarios: [{ scenario: 'Customer asks about a repair' }, { scenario: 'Customer wants staff' }],
      }),
      node('agentAgentflow_0', 'agentAgentflow', 'Repairs', {
        agentModel: 'chatOpenAI',
        agentMessages: [
          {
            role: 'system',
            content:
              '<p>You answer questions about repairs at Brightwell Bikes only. Politely decline any other topic.</p>',
          },
        ],
      }),
      node('directReplyAgentflow_0', 'directReplyAgentflow', 'Staff', { directReplyMessage: reply }),
    ],
    edges: [
      { source: 'startAgentflow_0', target: 'conditionAgentAgentflow_0' },
      {
        source: 'conditionAgentAgentflow_0',
        sourceHandle: 'conditionAgentAgentflow_0-output-0',
        target: 'agentAgentflow_0',
      },
      {
        source: 'conditionAgentAgentflow_0',
        sourceHandle: 'conditionAgentAgentflow_0-output-1',
        target: 'directReplyAgentflow_0',
      },
    ],
  });
}

test('flowise agentflow: a direct reply that gives the business phone number is a way to a person', () => {
  const lint = (reply: string) => rules({ 'bikes-flow.json': agentflow(reply) }, ['bikes-flow.json']);
  assert.ok(
    !lint('<p>Our workshop team answers Mon–Sat 9–18 on +44 113 496 0123 (call or message).</p>').includes(
      'flow/no-human-path',
    ),
  );
  assert.ok(lint('<p>Please use the repair form on our website.</p>').includes('flow/no-human-path'));
});

function voiceflow(op: string): string {
  const ports = (next?: string) => ({
    byKey: {},
    builtIn: next ? { next: { type: 'next', target: next } } : {},
    dynamic: [],
  });
  const say = (t: string, next?: string) => ({
    type: 'text',
    data: { texts: [{ id: `t-${t.length}`, content: [{ children: [{ text: t }] }] }], portsV2: ports(next) },
  });
  return JSON.stringify({
    _version: '1.2',
    project: { name: 'Brightwell Bikes' },
    version: { platformData: { settings: {} } },
    diagrams: {
      root: {
        name: 'ROOT',
        nodes: {
          start: { type: 'start', data: { portsV2: ports('lookup') } },
          lookup: {
            type: 'api',
            data: {
              url: 'https://crm.brightwell.example/api/riders?wa={user_id}',
              method: 'GET',
              mappings: [{ path: 'response.club', var: 'club_level' }],
              portsV2: ports('gate'),
            },
          },
          gate: {
            type: 'ifV2',
            data: {
              expressions: [
                {
                  type: null,
                  value: [
                    {
                      type: op,
                      value: [
                        { type: 'variable', value: 'club_level' },
                        { type: 'value', value: 'gold' },
                      ],
                    },
                  ],
                  name: 'Club',
                },
              ],
              noMatch: { type: 'path', pathName: 'Others' },
              portsV2: {
                byKey: {},
                builtIn: { else: { type: 'else', target: 'nobody' } },
                dynamic: [{ type: '', target: 'mechanic', data: {} }],
              },
            },
          },
          mechanic: say('Your club mechanic is on +44 113 496 0456, call any time between 8 and 8.'),
          nobody: say('We cannot take chats here, sorry. Please use the app.'),
        },
      },
    },
  });
}

test('voiceflow: a person reached only behind a condition that admits one customer tier is no path for everyone', () => {
  const lint = (op: string) => rules({ 'bikes.vf': voiceflow(op) }, ['bikes.vf']);
  assert.ok(lint('equals').includes('flow/no-human-path'));
  // A condition that excludes the tier gives the person to everyone else.
  assert.ok(!lint('not_equal').includes('flow/no-human-path'));
});

test('reserveTierBranches: a person any other branch reaches stays a path', () => {
  const n = (id: string, kind: 'trigger' | 'router' | 'human' | 'reply') => ({
    id,
    label: id,
    kind,
    ref: { uri: 'file:///g', span: { start: 0, end: 0 } },
  });
  const graph = (extra: boolean): FlowGraph => ({
    nodes: [n('t', 'trigger'), n('if', 'router'), n('person', 'human'), n('menu', 'router')],
    edges: [
      { from: 't', to: 'if' },
      { from: 'if', to: 'person' },
      { from: 't', to: 'menu' },
      ...(extra ? [{ from: 'menu', to: 'person' }] : []),
    ],
  });
  const only = graph(false);
  reserveTierBranches(only, [{ from: 'if', to: 'person', tier: 'gold' }]);
  assert.equal(only.nodes[2].kind, 'reply');
  assert.match(only.nodes[2].label, /only for the 'gold' tier/);
  const shared = graph(true);
  reserveTierBranches(shared, [{ from: 'if', to: 'person', tier: 'gold' }]);
  assert.equal(shared.nodes[2].kind, 'human');
});
