/**
 * Agent-framework configs read as one bot (formats/prompt-files/agents): CrewAI `agents.yaml`, OpenAI Agents-style
 * `agents.json`, graph configs and an assistant's app config. The WhatsApp-facing agents are judged, with ranges in
 * their own fields; internal and staff agents are not; handoffs to other agents are no path to a person, a human
 * queue's description is. Files with a `role:` key that are no agents stay skipped, with the reason when named so.
 * Every text here was written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const ROOT = '/tmp/wa-agent-configs';

function lint(path: string, text: string) {
  const host = testHost();
  const service = createPolicyService({ host });
  const uri = host.set(`${ROOT}${path}`, text);
  const r = service.lint(uri);
  return { kind: service.kindOf(uri), reason: service.explainKind(uri).reason, findings: r?.findings ?? [], text };
}

const rules = (l: ReturnType<typeof lint>) => l.findings.map((f) => f.rule).sort();
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

const CREW = `greeter:
  role: >
    Tidewater Kayaks WhatsApp host
  goal: >
    Answer whatever a paddler asks, on any topic at all, in a few friendly lines.
  backstory: >
    You have worked at the Tidewater Kayaks rental dock for years.
  allow_delegation: true

researcher:
  role: >
    Internal researcher
  goal: >
    Research any question about anything for the staff, on the open web.
  backstory: >
    Internal only: you never write to customers.
`;

test('a CrewAI agents.yaml: the WhatsApp agent is judged, the internal one is not, findings point into its goal', () => {
  const l = lint('/crew/config/agents.yaml', CREW);
  assert.equal(l.kind, 'system-prompt');
  assert.deepEqual(rules(l), ['prompt/no-human-escalation', 'prompt/open-domain-grant']);
  const grant = l.findings.find((f) => f.rule === 'prompt/open-domain-grant')!;
  assert.equal(grant.range.start.line, lineOf(CREW, 'Answer whatever'));
  assert.match(grant.message, /CrewAI agent 'greeter'/);
  // Without the WhatsApp agent's grant nothing is open: the researcher's "any question" is not judged.
  const scoped = CREW.replace(
    'Answer whatever a paddler asks, on any topic at all, in a few friendly lines.',
    'Book kayak rentals and answer questions about Tidewater Kayaks tours only. When a paddler asks for a person, call the transfer_to_staff tool: a member of the dock staff takes over the chat.',
  );
  assert.deepEqual(rules(lint('/crew/config/agents.yaml', scoped)), []);
});

const AGENTS = (handoffTo: string, queue: string) => `{
  "entry_agent": "front",
  "agents": [
    {"name": "front", "instructions": "You are the WhatsApp assistant of Lakeside Dental. Help patients book, move or cancel appointments and answer questions about our treatments only. For payments, hand over to billing. ${handoffTo}", "handoffs": ["billing", "reception_queue"]},
    {"name": "billing", "instructions": "You answer questions about Lakeside Dental invoices and send payment links.", "tools": ["payment_link"]}
  ],
  "human_queues": {"reception_queue": {"description": "${queue}"}}
}`;

test('OpenAI Agents-style agents.json: a handoff to another agent is no human path, a human queue is', () => {
  const withQueue = lint(
    '/agents/lakeside/agents.json',
    AGENTS(
      'If a patient asks for a person, hand over to reception_queue.',
      'The reception team takes over the chat in the helpdesk and answers the patient directly.',
    ),
  );
  assert.equal(withQueue.kind, 'system-prompt');
  assert.deepEqual(rules(withQueue), []);
  const agentsOnly = lint('/agents/lakeside/agents.json', AGENTS('', 'Unused queue.'));
  assert.deepEqual(rules(agentsOnly), ['prompt/no-human-escalation']);
  assert.match(agentsOnly.findings[0].message, /WhatsApp-facing agents 'front', 'billing'/);
});

const GRAPH = `graph_id: shop
channels:
  whatsapp:
    entry: router
nodes:
  router:
    type: llm_router
    prompt: |
      Label the message ORDER or OTHER and reply with the label only, nothing else.
    routes:
      ORDER: orders
      OTHER: orders
  orders:
    prompt: |
      You help customers of Verde Market with their orders only. For a person, write HUMAN and staff take over.
  staff_helper:
    channel: slack
    prompt: |
      You are the staff helper. Answer any question about anything, on every topic, for colleagues.
`;

test('a graph config: the nodes a WhatsApp channel feeds are judged; a staff node on another channel is not', () => {
  const l = lint('/graphs/verde/graph.yaml', GRAPH);
  assert.equal(l.kind, 'system-prompt');
  assert.deepEqual(rules(l), []);
  const open = GRAPH.replace('OTHER: orders', 'OTHER: staff_helper').replace('channel: slack', 'type: react_agent');
  assert.deepEqual(rules(lint('/graphs/verde/graph.yaml', open)), ['prompt/open-domain-grant']);
});

const NOT_AGENTS: Record<string, string> = {
  '/agents/k8s/role.yaml':
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: agent\nrules:\n  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["get"]\n',
  '/agents/.github/workflows/agent.yml':
    'name: agent\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  '/agents/docker-compose.yml':
    'services:\n  agent:\n    image: example/agent:1\n    environment:\n      - ROLE=worker\n',
  '/agents/i18n.yaml':
    'en:\n  role: The role of the agent shown on the settings page\n  goal: What the agent should achieve in one sentence\n  backstory: Background the agent is given\nde:\n  role: Die Rolle des Agenten auf der Einstellungsseite\n  goal: Was der Agent erreichen soll, in einem Satz\n  backstory: Hintergrund des Agenten\n',
  '/agents/openapi.yaml':
    'openapi: 3.0.3\ninfo: {title: Agents, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Agent:\n      properties:\n        role: {type: string, description: The job title of the agent used in its system message}\n        goal: {type: string}\n',
  '/agents/flows/bot.json':
    '{"nodes": [{"id": "1", "prompt": "You are the assistant of Verde Market. Answer questions about orders only."}], "connections": {}}',
  '/graphs/shop/langgraph.json': '{"dependencies": ["."], "graphs": {"agent": "./src/agent.py:graph"}, "env": ".env"}',
};

test('k8s, CI, compose, i18n, OpenAPI, flow exports and langgraph.json named like agents stay skipped', () => {
  for (const [p, text] of Object.entries(NOT_AGENTS)) {
    const l = lint(p, text);
    assert.notEqual(l.kind, 'system-prompt', `${p} was read as a prompt`);
  }
  // Named like an agent config, with agent-like keys but no agent: the reason says what was looked for.
  assert.match(lint('/agents/openapi.yaml', NOT_AGENTS['/agents/openapi.yaml']).reason ?? '', /holds no agents/);
});
