import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDify } from '../../src/formats/dify/parse';
import { parseLangflow } from '../../src/formats/langflow/parse';
import { parseVoiceflow } from '../../src/formats/voiceflow/parse';
import { internalAudience } from '../../src/formats/shared/audience';
import { parseFlowise } from '../../src/formats/flowise/parse';
import { REPO, testHost } from '../helpers/fsHost';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { fixture, lintFixture, shape } from './formatHelpers';

test('dify: a chatflow with a question classifier; the small-talk class leads to an unscoped LLM', () => {
  const { uri, text } = fixture('dify', 'clinic-chatflow.yml');
  const model = parseDify(uri, text);
  const { kinds, edges } = shape(model);
  assert.equal(kinds['1733300000001'], 'trigger');
  assert.equal(kinds['1733300000002'], 'router');
  assert.ok(!('1733300000099' in kinds), 'custom notes are skipped');
  assert.ok(edges.has('1733300000002->1733300000005'));
  const chat = model.flow!.nodes.find((n) => n.id === '1733300000005')!;
  assert.equal(chat.role, 'chitchat');
  assert.match(model.prompts[chat.prompt!].text.text, /Answer whatever the user asks/);
  assert.deepEqual(lintFixture('dify', 'clinic-chatflow.yml'), {
    kind: 'dify',
    rules: ['flow/open-domain-fallback'],
    errors: ['flow/open-domain-fallback'],
  });
});

test('dify: a simple chat app is read from model_config.pre_prompt', () => {
  const { uri, text } = fixture('dify', 'order-help-chat.yml');
  const model = parseDify(uri, text);
  assert.match(model.prompts[0].text.text, /^You help Kettle & Co customers/);
  assert.deepEqual(
    model.models.map((m) => [m.provider, m.model]),
    [['openai', 'gpt-4o-mini']],
  );
  assert.deepEqual(lintFixture('dify', 'order-help-chat.yml'), { kind: 'dify', rules: [], errors: [] });
});

test('dify: an agent-chat app lists its enabled tools on the model node, web tools marked, and on the finding', () => {
  const { uri, text } = fixture('dify', 'order-help-chat.yml');
  const agent = text
    .replace('mode: chat', 'mode: agent-chat')
    .replace(
      '    tools: []',
      [
        '    tools:',
        '    - enabled: true',
        '      provider_id: duckduckgo',
        '      tool_label: DuckDuckGo Search',
        '      tool_name: ddgo_search',
        '    - enabled: false',
        '      provider_id: wikipedia',
        '      tool_name: wikipedia_search',
        '    - provider_id: time',
        '      tool_label: Current Time',
        '      tool_name: current_time',
      ].join('\n'),
    );
  const node = parseDify(uri, agent).flow!.nodes.find((n) => n.kind === 'llm')!;
  assert.deepEqual(
    node.tools!.map((t) => [t.name, t.web]),
    [
      ['DuckDuckGo Search', true],
      ['Current Time', false],
    ],
  );
  const open = agent.replace(
    /pre_prompt: '[^']*'/,
    "pre_prompt: 'You are a helpful assistant. Answer any question on any topic.'",
  );
  const file = path.join(os.tmpdir(), 'wa-dify-agent-tools.yml');
  const finding = createPolicyService({ host: testHost({ [file]: open }) })
    .lint(toUri(file))!
    .findings.find((f) => f.rule === 'flow/open-domain-llm')!;
  assert.ok(finding.related?.some((r) => /tool: DuckDuckGo Search \(the open web\)/.test(r.message)));
});

test('langflow: the system message comes from the Prompt wired into the model; notes and component code are not prompts', () => {
  const { uri, text } = fixture('langflow', 'basic-prompting-open.json');
  const model = parseLangflow(uri, text);
  const llm = model.flow!.nodes.find((n) => n.kind === 'llm')!;
  assert.equal(
    model.prompts[llm.prompt!].text.text,
    'You are a helpful assistant. Answer any question the user asks about anything.',
  );
  assert.ok(!model.flow!.nodes.some((n) => n.id.startsWith('note-')));
  assert.deepEqual(lintFixture('langflow', 'basic-prompting-open.json').rules, [
    'flow/no-human-path',
    'flow/open-domain-llm',
  ]);
  // An agent whose tool opens a helpdesk ticket has a path to a person.
  assert.deepEqual(lintFixture('langflow', 'ferry-support-agent.json'), { kind: 'langflow', rules: [], errors: [] });
});

test('langflow: a flow whose own description or tags say it is for staff has no customer entry point', () => {
  const { uri, text } = fixture('langflow', 'basic-prompting-open.json');
  const described = (description: string, tags: string[] = []) =>
    parseLangflow(
      uri,
      text
        .replace('"Basic prompting for the pilot"', JSON.stringify(description))
        .replace(/"tags": \[[^\]]*\]/, `"tags": ${JSON.stringify(tags)}`),
    );
  const internal = described('Internal RAG over the platform team runbooks; not exposed to customers.');
  assert.ok(!internal.flow!.nodes.some((n) => n.kind === 'trigger'));
  assert.match(internal.notes.find((n) => n.kind === 'internal-audience')!.detail!, /Internal RAG/);
  assert.ok(!described('Answers questions', ['internal']).flow!.nodes.some((n) => n.kind === 'trigger'));
  // A customer bot, or one the team built for customers on WhatsApp, keeps its chat input.
  assert.ok(described('Customer assistant of the ferry line').flow!.nodes.some((n) => n.kind === 'trigger'));
  assert.ok(
    described('Built by our support team for customers on WhatsApp').flow!.nodes.some((n) => n.kind === 'trigger'),
  );
  // Where the answers come from is no audience: a shop bot over the internal knowledge base stays a chat bot.
  const source = described('Answers shoppers from our internal knowledge base');
  assert.ok(source.flow!.nodes.some((n) => n.kind === 'trigger'));
  assert.deepEqual(source.notes, []);
});

test('internalAudience: stated staff-only audiences in several languages, and customer bots that are not', () => {
  assert.equal(internalAudience(['Used by the SRE team during incidents']), 'Used by the SRE team');
  assert.equal(internalAudience(['Asistente de uso interno para el equipo de ventas']), 'uso interno');
  assert.equal(internalAudience(['社内向けのヘルプデスク']), '社内向け');
  assert.equal(internalAudience(['Not meant for customers: drafts replies for agents']), 'Not meant for customers');
  assert.equal(internalAudience(['WhatsApp assistant for our customers']), undefined);
  assert.equal(internalAudience(['Internal team bakery bot that answers customers on WhatsApp']), undefined);
  assert.equal(internalAudience(['Basic prompting'], ['chatbots', 'openai']), undefined);
  assert.equal(internalAudience(['Ferry booking helper, built by the Acme digital team']), undefined);
  assert.equal(internalAudience(['Assistant for the support team that answers customers']), undefined);
});

test('internalAudience: where answers come from, or a customer audience, does not make a bot internal', () => {
  // "Internal knowledge base / docs" names the source of the answers, not who asks.
  assert.equal(internalAudience(['Answers shoppers from our internal knowledge base']), undefined);
  assert.equal(internalAudience(['RAG over internal knowledge articles, for the help page']), undefined);
  // A customer audience named beside a staff word: the bot serves customers.
  assert.equal(internalAudience(['Internal team project: customer-facing order bot']), undefined);
  assert.equal(internalAudience(['Built for our support team to help guests with bookings']), undefined);
  assert.equal(internalAudience(['Asistente de uso interno del hotel, atiende a los huéspedes']), undefined);
  assert.equal(internalAudience(['Interner Assistent, beantwortet Fragen für unsere Kunden']), undefined);
  // Staff-only statements still count, also when customers are named as the subject, not the audience.
  assert.equal(internalAudience(['Internal tool for customer support agents']), 'Internal tool');
  assert.equal(internalAudience(['Internal RAG over the platform team runbooks']), 'Internal RAG');
});

test('voiceflow: .vf steps, ports and a generative global no-match', () => {
  const { uri, text } = fixture('voiceflow', 'energy-assistant.vf');
  const model = parseVoiceflow(uri, text);
  const { kinds, edges } = shape(model);
  assert.equal(kinds['start00000000000000000001'], 'trigger');
  assert.equal(kinds['gen000000000000000000001'], 'llm');
  assert.ok(edges.has('block0000000000000000001->text00000000000000000001'));
  assert.ok(edges.has('capt00000000000000000001->gen000000000000000000001'));
  const noMatch = model.flow!.nodes.find((n) => n.id === 'globalNoMatch')!;
  assert.equal(noMatch.role, 'fallback');
  assert.match(noMatch.openReason!, /no system prompt/);
  assert.deepEqual(lintFixture('voiceflow', 'energy-assistant.vf').rules, [
    'flow/no-human-path',
    'flow/open-domain-fallback',
    'flow/open-domain-llm',
  ]);
});

test('voiceflow: the knowledge base answers with its summarization instructions; without them it stays a search', () => {
  const { uri, text } = fixture('voiceflow', 'energy-assistant.vf');
  const scoped = parseVoiceflow(uri, text);
  const kb = scoped.flow!.nodes.find((n) => n.id === 'knowledgeBase')!;
  assert.equal(kb.kind, 'llm');
  assert.equal(kb.role, 'fallback');
  assert.match(scoped.prompts[kb.prompt!].text.text, /only from the Brightside Energy documents/);
  const open = text.replace(
    'Answer only from the Brightside Energy documents.',
    'If the documents do not cover it, answer any question on any topic from your own general knowledge.',
  );
  const model = parseVoiceflow(uri, open);
  const prompt = model.prompts[model.flow!.nodes.find((n) => n.id === 'knowledgeBase')!.prompt!];
  assert.match(prompt.text.text, /any question on any topic/);
  const plain = text.replace(/"system": "Answer only from the Brightside Energy documents\."/, '"chunkLimit": 3');
  assert.equal(parseVoiceflow(uri, plain).flow!.nodes.find((n) => n.id === 'knowledgeBase')!.kind, 'search');
});

test('flowise agentflow v2: sticky notes are not LLMs, the path runs forwards, one finding for one cause', () => {
  const { uri, text } = fixture('flowise', 'agentflow-v2-smalltalk.json');
  const model = parseFlowise(uri, text);
  assert.ok(!model.flow!.nodes.some((n) => n.id.startsWith('stickyNote')));
  const repair = model.flow!.nodes.find((n) => n.id === 'agentAgentflow_0')!;
  assert.match(model.prompts[repair.prompt!].text.text, /booking assistant of Verde Bikes/);
  assert.ok(shape(model).edges.has('startAgentflow_0->conditionAgentAgentflow_0'));
  assert.equal(model.flow!.nodes.find((n) => n.id === 'httpAgentflow_0')!.kind, 'human');
  assert.deepEqual(lintFixture('flowise', 'agentflow-v2-smalltalk.json').rules, ['flow/open-domain-fallback']);
});

test('every adapter: its activation globs are in package.json, its kind is unique, it has a title', async () => {
  const { FORMATS } = await import('../../src/formats');
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { activationEvents: string[] };
  const events = new Set(pkg.activationEvents);
  for (const f of FORMATS) {
    assert.ok(f.title, f.kind);
    for (const glob of f.activation)
      assert.ok(events.has(`workspaceContains:${glob}`), `${f.kind}: ${glob} missing from activationEvents`);
  }
  assert.equal(new Set(FORMATS.map((f) => f.kind)).size, FORMATS.length);
});

test("the new formats' fixtures follow the documented structure (zod schemas in schemas/formats.ts)", async () => {
  const { formatSchemas } = await import('../../../schemas/formats');
  const { parse } = await import('yaml');
  const cases: [string, string, string][] = [
    ['dify', 'clinic-chatflow.yml', 'dify'],
    ['dify', 'order-help-chat.yml', 'dify'],
    ['langflow', 'basic-prompting-open.json', 'langflow'],
    ['langflow', 'ferry-support-agent.json', 'langflow'],
    ['voiceflow', 'energy-assistant.vf', 'voiceflow'],
    ['voiceflow', 'tables-agent.vf', 'voiceflow'],
    ['voiceflow', 'lumen-dental.vfr', 'voiceflow-runtime'],
    ['flowise', 'agentflow-v2-smalltalk.json', 'flowise-agentflow'],
  ];
  for (const [format, name, schema] of cases) {
    const { text } = fixture(format, name);
    const doc = /\.ya?ml$/.test(name) ? parse(text) : JSON.parse(text);
    const r = formatSchemas[schema].safeParse(doc);
    assert.ok(r.success, `${name}: ${r.error?.message}`);
  }
});

test('dify: an agent-chat tool that hands the chat to people is a human path; a reply giving staff contacts is one too', () => {
  const { uri, text } = fixture('dify', 'desk-handoff-agent.yml');
  const model = parseDify(uri, text);
  const desk = model.flow!.nodes.find((n) => n.kind === 'human')!;
  assert.match(desk.label, /transfer_to_human/);
  assert.ok(model.flow!.edges.some((e) => e.from === 'model' && e.to === desk.id));
  assert.ok(!model.flow!.nodes.some((n) => /order_status/.test(n.label) && n.kind === 'human'));
  assert.deepEqual(lintFixture('dify', 'desk-handoff-agent.yml'), { kind: 'dify', rules: [], errors: [] });
  const off = text.replace(/- enabled: true(\n(?:\s+\w+: .*\n){2}\s+provider_id: 7c1e)/, '- enabled: false$1');
  assert.notEqual(off, text);
  assert.ok(!parseDify(uri, off).flow!.nodes.some((n) => n.kind === 'human'), 'a disabled tool hands nothing over');
  const chatflow = fixture('dify', 'clinic-chatflow.yml');
  const withContact = chatflow.text.replace(
    /answer: '[^']*'/,
    "answer: 'Our reception answers on +44 161 496 0734 or front-desk@clinic.example.org, 9am to 6pm.'",
  );
  assert.ok(
    parseDify(chatflow.uri, withContact).flow!.nodes.some((n) => n.kind === 'human' && n.attrs?.type === 'answer'),
  );
});

test('dify: a workflow app that only mentions WhatsApp in its prompt is not a chat bot; one that posts to WhatsApp is', () => {
  const service = createPolicyService({ host: testHost() });
  const { uri, text } = fixture('dify', 'chat-log-summary-workflow.yml');
  const skip = service.explainKind(uri);
  assert.equal(skip.kind, undefined);
  assert.match(skip.reason ?? '', /workflow app/);
  const host = testHost();
  const sender = host.set(
    '/tmp/wa-dify10/notify.yml',
    text.replace(
      "      id: '1741000000003'",
      "      id: '1741000000003'\n    - data:\n        title: Send\n        type: http-request\n        url: https://graph.facebook.com/v21.0/1234/messages\n      id: '1741000000004'",
    ),
  );
  assert.equal(createPolicyService({ host }).kindOf(sender), 'dify');
});

test('langflow: a flow under tests/ of a code project (beside pyproject.toml) is test data, with the reason; alone it is a bot', () => {
  const service = createPolicyService({ host: testHost() });
  const { uri, text } = fixture('langflow', 'flow-importer/tests/data/basic-chat.json');
  const skip = service.explainKind(uri);
  assert.equal(skip.kind, undefined);
  assert.match(skip.reason ?? '', /test data of a code project: it is under tests\/ beside pyproject\.toml/);
  const host = testHost();
  const alone = host.set('/tmp/wa-langflow10/app/tests/data/basic-chat.json', text);
  assert.equal(
    createPolicyService({ host }).kindOf(alone),
    'langflow',
    'no manifest beside tests/: not a code project',
  );
});
