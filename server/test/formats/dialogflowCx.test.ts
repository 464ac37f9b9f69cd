import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  DialogflowCxAgentSchema,
  DialogflowCxFlowSchema,
  DialogflowCxGenerativeSettingsSchema,
  DialogflowCxGeneratorSchema,
  DialogflowCxPageSchema,
  DialogflowCxPlaybookSchema,
  DialogflowCxTrainingPhrasesSchema,
  DialogflowCxWebhookSchema,
} from '../../../schemas/formats';
import type { BotModel } from '../../src/model/types';
import { toUri } from '../../src/model/uri';
import { dialogflowCxFiles, dialogflowCxRoot, parseDialogflowCx } from '../../src/formats/dialogflow-cx/parse';
import { createPolicyService, type Finding } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { REPO, testHost } from '../helpers/fsHost';
import { shape } from './formatHelpers';

const DIR = path.join(REPO, 'test-fixtures', 'formats', 'dialogflow-cx');
const START = 'flows/Default Start Flow/Default Start Flow.json';
const p = (agent: string, rel: string) => path.join(DIR, agent, rel);
const uriOf = (agent: string, rel: string) => toUri(p(agent, rel));
const read = (agent: string, rel: string) => fs.readFileSync(p(agent, rel), 'utf8');

function load(agent: string, host = testHost()): { model: BotModel; root: string } {
  const root = dialogflowCxRoot(uriOf(agent, 'agent.json'), host)!;
  const files = dialogflowCxFiles(root, host).map((uri) => ({ uri, text: host.readFile(uri)! }));
  return { model: parseDialogflowCx(root, files), root };
}

/** Findings of every file of an export, by path relative to the export folder. */
function lintAll(agent: string, host = testHost()): Record<string, Finding[]> {
  const service = createPolicyService({ host });
  const root = toUri(path.join(DIR, agent));
  const out: Record<string, Finding[]> = {};
  for (const uri of dialogflowCxFiles(root, host)) {
    const r = service.lint(uri);
    assert.equal(r?.kind, 'dialogflow-cx', uri);
    if (r.findings.length) out[decodeURIComponent(uri.slice(root.length + 1))] = r.findings;
  }
  return out;
}

const rulesOf = (all: Record<string, Finding[]>) =>
  Object.fromEntries(Object.entries(all).map(([f, list]) => [f, list.map((x) => `${x.rule}:${x.severity}`)]));

test('dialogflow-cx: detection is by place in an export, next to agent.json', () => {
  const host = testHost({
    [p('open-agent', 'notes.json')]: '{"displayName": "not part of the export"}',
    [p('open-agent', 'flows/stray.json')]: '{"displayName": "wrong depth"}',
    [path.join(DIR, 'no-agent', 'flows/F/F.json')]: '{"displayName": "F", "transitionRoutes": []}',
  });
  const service = createPolicyService({ host });
  for (const rel of [
    'agent.json',
    START,
    'flows/Default Start Flow/pages/Order Status.json',
    'intents/ask.anything/trainingPhrases/en.json',
    'playbooks/General Assistant/General Assistant.json',
    'generativeSettings/en.json',
  ]) {
    assert.equal(service.kindOf(uriOf('open-agent', rel)), 'dialogflow-cx', rel);
  }
  assert.equal(service.kindOf(uriOf('open-agent', 'notes.json')), undefined);
  assert.equal(service.kindOf(uriOf('open-agent', 'flows/stray.json')), undefined);
  assert.equal(service.kindOf(toUri(path.join(DIR, 'no-agent', 'flows/F/F.json'))), undefined);
  assert.equal(dialogflowCxFiles(toUri(path.join(DIR, 'scoped-agent')), host).length, 14);
});

test('dialogflow-cx: the fixture files match the zod schemas', () => {
  const schemaOf = (rel: string) =>
    rel === 'agent.json'
      ? DialogflowCxAgentSchema
      : /^flows\/[^/]+\/pages\//.test(rel)
        ? DialogflowCxPageSchema
        : rel.startsWith('flows/')
          ? DialogflowCxFlowSchema
          : /trainingPhrases/.test(rel)
            ? DialogflowCxTrainingPhrasesSchema
            : rel.startsWith('playbooks/')
              ? DialogflowCxPlaybookSchema
              : rel.startsWith('generators/')
                ? DialogflowCxGeneratorSchema
                : rel.startsWith('generativeSettings/')
                  ? DialogflowCxGenerativeSettingsSchema
                  : rel.startsWith('webhooks/')
                    ? DialogflowCxWebhookSchema
                    : undefined;
  const host = testHost();
  for (const agent of ['scoped-agent', 'open-agent']) {
    const root = toUri(path.join(DIR, agent));
    for (const uri of dialogflowCxFiles(root, host)) {
      const rel = decodeURIComponent(uri.slice(root.length + 1));
      const schema = schemaOf(rel);
      if (!schema || /^intents\/[^/]+\/[^/]+\.json$/.test(rel)) continue;
      const r = schema.safeParse(JSON.parse(host.readFile(uri)!));
      assert.ok(r.success, `${agent}/${rel}: ${r.error?.message}`);
    }
  }
});

test('dialogflow-cx: scoped bank agent — intents, pages, scoped generator, handoffs; no findings', () => {
  const { model } = load('scoped-agent');
  assert.equal(model.kind, 'dialogflow-cx');
  assert.equal(model.uri, uriOf('scoped-agent', 'agent.json'));
  assert.equal(model.files.length, 14);
  assert.deepEqual(model.issues, []);
  const { kinds, edges } = shape(model);
  const F = 'flow:Default Start Flow';
  assert.equal(kinds.user, 'trigger');
  assert.equal(kinds[F], 'router');
  assert.equal(kinds[`${F}>intent:check.balance`], 'router');
  assert.equal(kinds['page:Default Start Flow/Check Balance'], 'action');
  assert.equal(kinds['generator:Card FAQ'], 'llm');
  assert.equal(kinds['webhook:core-banking'], 'webhook');
  for (const e of [
    `user->${F}`,
    `${F}->${F}>intent:card.lost`,
    `${F}>intent:card.lost->page:Default Start Flow/Lost Card`,
    'page:Default Start Flow/Lost Card->generator:Card FAQ',
    'page:Default Start Flow/Lost Card->webhook:core-banking',
    `${F}>intent:talk.to.agent->page:Default Start Flow/Live Agent`,
  ]) {
    assert.ok(edges.has(e), e);
  }
  const humans = model.flow!.nodes.filter((n) => n.kind === 'human');
  assert.deepEqual(humans.map((n) => n.id.replace(/@\d+/g, '')).sort(), [
    `${F}#sys.no-match-default#handoff`,
    'page:Default Start Flow/Live Agent#handoff',
  ]);
  const noMatch = model.flow!.nodes.filter((n) => n.attrs?.event);
  assert.ok(noMatch.every((n) => n.role === 'fallback' && n.kind === 'reply'));
  assert.equal(noMatch.length, 3); // no-match-1, no-match-default and the form parameter's reprompt handler
  assert.ok(
    !model.flow!.nodes.some((n) => n.id.endsWith('#generative-fallback')),
    'enableGenerativeFallback: false adds no LLM',
  );
  // The generator prompt maps back into its JSON string.
  const gen = model.flow!.nodes.find((n) => n.id === 'generator:Card FAQ')!;
  const unit = model.prompts[gen.prompt!];
  const src = read('scoped-agent', 'generators/Card FAQ/Card FAQ.json');
  assert.match(unit.text.text, /^You are the virtual assistant of Acme Bank\./);
  const i = unit.text.text.indexOf("customer's replacement card");
  assert.equal(src.slice(unit.text.toSource(i), unit.text.toSource(i + 27)), "customer's replacement card");
  assert.deepEqual(
    model.models.map((m) => [m.provider, m.model]),
    [['google', 'gemini-2.0-flash-001']],
  );
  assert.deepEqual(rulesOf(lintAll('scoped-agent')), {});
});

test('dialogflow-cx: open agent — generative fallback, generic playbook behind a general-knowledge intent', () => {
  const { model } = load('open-agent');
  const F = 'flow:Default Start Flow';
  const gf = model.flow!.nodes.find((n) => n.id.endsWith('#generative-fallback'))!;
  assert.equal(gf.kind, 'llm');
  assert.equal(gf.role, 'fallback');
  const flowText = read('open-agent', START);
  assert.equal(flowText.slice(gf.ref.span.start, gf.ref.span.end), '"enableGenerativeFallback"');
  const fallbackPrompt = model.prompts[gf.prompt!];
  assert.equal(fallbackPrompt.label, "generative fallback prompt 'Chatty'");
  const noMatch = model.flow!.nodes.find((n) => n.attrs?.event === 'sys.no-match-default')!;
  assert.ok(shape(model).edges.has(`${F}->${noMatch.id}`));
  assert.ok(shape(model).edges.has(`${noMatch.id}->${gf.id}`));

  // Playbook: goal and steps as one prompt, each piece mapped into its own JSON string.
  const pb = model.flow!.nodes.find((n) => n.id === 'playbook:General Assistant')!;
  assert.equal(pb.kind, 'llm');
  assert.equal(pb.role, 'primary');
  assert.ok(shape(model).edges.has(`${F}>intent:ask.anything->playbook:General Assistant`));
  const unit = model.prompts[pb.prompt!];
  const src = read('open-agent', 'playbooks/General Assistant/General Assistant.json');
  assert.equal(
    unit.text.text,
    'Help the user with whatever they ask.\nGreet the user and ask how you can help.\nAnswer any question the user asks, on any topic, including writing, coding and trivia.',
  );
  for (const phrase of ['whatever they ask', 'Greet the user', 'Answer any question', 'coding and trivia.']) {
    const i = unit.text.text.indexOf(phrase);
    assert.equal(src.slice(unit.text.toSource(i), unit.text.toSource(i + phrase.length - 1) + 1), phrase);
  }
  // The intent's training phrases are general requests: noted on the route.
  const note = model.notes.find((n) => n.kind === 'general-intent')!;
  assert.match(note.detail!, /ask\.anything.*write me a poem about the sea.*playbook 'General Assistant'/);
  assert.equal(flowText.slice(note.ref.span.start, note.ref.span.end), '"ask.anything"');

  const all = lintAll('open-agent');
  assert.deepEqual(rulesOf(all), {
    'agent.json': ['flow/no-human-path:warning'],
    [START]: ['flow/general-intent:error'],
    'generativeSettings/en.json': ['flow/open-domain-fallback:error'],
    'playbooks/General Assistant/General Assistant.json': ['flow/open-domain-llm:error'],
  });
  const llm = all['playbooks/General Assistant/General Assistant.json'][0];
  assert.equal(
    src.split('\n')[llm.range.start.line].slice(llm.range.start.character, llm.range.end.character),
    'whatever they ask',
  );
});

test('dialogflow-cx: "Turn off generative fallback" keeps valid JSON and clears the finding', () => {
  const finding = lintAll('open-agent')['generativeSettings/en.json'].find(
    (f) => f.rule === 'flow/open-domain-fallback',
  )!;
  const fix = finding.fixes[0];
  assert.equal(fix.title, 'Turn off generative fallback');
  assert.deepEqual(
    fix.edits.map((e) => e.uri),
    [uriOf('open-agent', START)],
  );
  const before = read('open-agent', START);
  const fixed = applyEdits(before, fix.edits);
  const json = JSON.parse(fixed);
  assert.equal(json.eventHandlers[0].triggerFulfillment.enableGenerativeFallback, false);
  assert.equal(fixed.replace('"enableGenerativeFallback": false', '"enableGenerativeFallback": true'), before);
  const after = lintAll('open-agent', testHost({ [p('open-agent', START)]: fixed }));
  assert.ok(
    !Object.values(after)
      .flat()
      .some((f) => f.rule === 'flow/open-domain-fallback'),
  );
});

test('dialogflow-cx: the live-agent handoff fix edits the start flow and clears flow/no-human-path', () => {
  const finding = lintAll('open-agent')['agent.json'][0];
  assert.equal(finding.rule, 'flow/no-human-path');
  const fix = finding.fixes[0];
  assert.equal(fix.title, 'Add a live-agent handoff to the no-match handler');
  assert.deepEqual([...new Set(fix.edits.map((e) => e.uri))], [uriOf('open-agent', START)]);
  const fixed = applyEdits(read('open-agent', START), fix.edits);
  const json = JSON.parse(fixed);
  assert.deepEqual(json.eventHandlers[0].triggerFulfillment.messages.at(-1), { liveAgentHandoff: { metadata: {} } });
  const after = lintAll('open-agent', testHost({ [p('open-agent', START)]: fixed }));
  assert.ok(
    !Object.values(after)
      .flat()
      .some((f) => f.rule === 'flow/no-human-path'),
  );

  // A start flow without a no-match handler gets one.
  const bare = JSON.stringify(
    { displayName: 'Default Start Flow', transitionRoutes: [{ intent: 'order.status', targetPage: 'Order Status' }] },
    null,
    2,
  );
  const host = testHost({ [p('open-agent', START)]: bare });
  const f2 = lintAll('open-agent', host)['agent.json'].find((f) => f.rule === 'flow/no-human-path')!;
  const fixed2 = JSON.parse(applyEdits(bare, f2.fixes[0].edits));
  assert.deepEqual(fixed2.eventHandlers, [
    { event: 'sys.no-match-default', triggerFulfillment: { messages: [{ liveAgentHandoff: { metadata: {} } }] } },
  ]);
});

test('dialogflow-cx: generative settings decide the fallback prompt', () => {
  const settings = (fallbackSettings: unknown, knowledgeConnectorSettings: unknown = {}) =>
    JSON.stringify({ fallbackSettings, knowledgeConnectorSettings, languageCode: 'en' }, null, 2);
  // A selected custom template: the finding points at the decisive words inside it.
  const open = settings({
    selectedPrompt: 'Open',
    promptTemplates: [
      {
        displayName: 'Open',
        promptText:
          'You are a helpful assistant. Answer any question about anything. $conversation $last-user-utterance',
      },
    ],
  });
  const all = lintAll('open-agent', testHost({ [p('open-agent', 'generativeSettings/en.json')]: open }));
  const f = all['generativeSettings/en.json']?.find((x) => x.rule === 'flow/open-domain-fallback');
  assert.ok(f, JSON.stringify(rulesOf(all)));
  assert.equal(f.fixes[0]?.title, 'Turn off generative fallback');
  assert.ok(!all[START]?.some((x) => x.rule === 'flow/open-domain-fallback'));
  const { model } = load('open-agent', testHost({ [p('open-agent', 'generativeSettings/en.json')]: open }));
  const unit = model.prompts.find((u) => u.id === 'generative-fallback')!;
  assert.equal(unit.implicit, undefined);
  assert.equal(unit.text.uri, uriOf('open-agent', 'generativeSettings/en.json'));

  // A scoped template, or the default prompt limited by the knowledge-connector settings: no finding.
  const scopedTemplate = settings({
    selectedPrompt: 'Shop',
    promptTemplates: [
      {
        displayName: 'Shop',
        promptText:
          'You are the Nimbus Mobile assistant. Only answer questions about Nimbus Mobile plans, phones and orders; politely decline anything else. $last-user-utterance',
      },
    ],
  });
  const scopedDefault = settings(
    {},
    {
      business: 'Nimbus Mobile',
      agentScope: 'Only answer questions about Nimbus Mobile plans, phones and orders. Politely decline anything else.',
    },
  );
  // The predefined prompt only handles basic conversation (greet, repeat, hold, summarise): not open.
  const predefined = settings({});
  for (const text of [scopedTemplate, scopedDefault, predefined]) {
    const r = lintAll('open-agent', testHost({ [p('open-agent', 'generativeSettings/en.json')]: text }));
    assert.ok(
      !Object.values(r)
        .flat()
        .some((x) => x.rule === 'flow/open-domain-fallback'),
      text,
    );
  }
});

test('dialogflow-cx: tolerates broken and unknown files', () => {
  const host = testHost({
    [p('open-agent', 'intents/order.status/trainingPhrases/en.json')]:
      '{"trainingPhrases": [{"parts": [{"text": "where is',
    [p('open-agent', 'flows/Default Start Flow/pages/Order Status.json')]:
      '{"displayName": "Order Status", "futureKey": {"x": [1]}, "entryFulfillment": {"webhook": "orders", "messages": [{"payload": {}}]}}',
    [p('open-agent', 'webhooks/orders.json')]:
      '{"displayName": "orders", "genericWebService": {"uri": "https://api.openai.com/v1/chat/completions"}}',
  });
  const { model } = load('open-agent', host);
  assert.ok(model.issues.some((i) => i.ref.uri.endsWith('trainingPhrases/en.json')));
  assert.ok(model.flow!.nodes.some((n) => n.id === 'page:Default Start Flow/Order Status'));
  assert.ok(model.notes.some((n) => n.kind === 'hidden-llm' && /openai/.test(n.detail ?? '')));
});

test('dialogflow-cx: a console/gcloud export (no displayName in agent.json) with route groups, generator phrases and human escalation', () => {
  const { model } = load('console-export');
  const byLabel = (l: string) => model.flow!.nodes.filter((n) => n.label.startsWith(l));
  // The route group's routes hang off the flow that lists it.
  assert.ok(shape(model).edges.has('flow:Default Start Flow->flow:Default Start Flow>intent:talk.to.agent'));
  // Human paths: END_FLOW_WITH_HUMAN_ESCALATION and a phone number to call.
  assert.equal(byLabel('end flow with human escalation').length, 1);
  assert.deepEqual(
    byLabel('phone number').map((n) => n.kind),
    ['human'],
  );
  // The generator is found by the UUID at the end of its resource path; its prompt is in phrases/en.json.
  const gen = model.flow!.nodes.find((n) => n.id.startsWith('generator:'))!;
  assert.match(model.prompts[gen.prompt!].text.text, /^You explain Sol Telecom mobile bills/);
  assert.ok(model.prompts[gen.prompt!].text.uri.endsWith('/phrases/en.json'));
  // The playbook's guidelines are part of its instructions.
  const pb = model.flow!.nodes.find((n) => n.id === 'playbook:Plan Advisor')!;
  assert.match(model.prompts[pb.prompt!].text.text, /Only discuss Sol Telecom plans/);
  // Scoped, with a human path, and the predefined fallback prompt: nothing to report.
  assert.deepEqual(rulesOf(lintAll('console-export')), {});
});

test('dialogflow-cx: a WhatsApp agent (gcloud export, no displayName) — the data store answers follow the open agent scope; a call transfer reaches no one', () => {
  const { model } = load('whatsapp-datastore-agent');
  const store = model.flow!.nodes.find((n) => n.id.endsWith('#datastore'))!;
  assert.equal(store.kind, 'llm');
  assert.match(model.prompts[store.prompt!].text.text, /questions on any topic/);
  const transfer = model.flow!.nodes.find((n) => /telephony call transfer/.test(n.label))!;
  assert.equal(transfer.kind, 'action', 'a voice-only transfer is no human path in a chat');
  assert.ok(!model.flow!.nodes.some((n) => n.kind === 'human'));
  const service = createPolicyService({ host: testHost() });
  const rules = (rel: string) =>
    (service.lint(uriOf('whatsapp-datastore-agent', rel))?.findings ?? []).map((f) => f.rule);
  assert.deepEqual(rules('generativeSettings/en.json'), ['flow/open-domain-fallback']);
  assert.deepEqual(rules('agent.json'), ['flow/no-human-path']);
});

test('dialogflow-cx: without an agent scope the data store stays a search over documents; a phone agent keeps its call transfer', () => {
  const host = testHost();
  const base = host.readFile.bind(host);
  const settings = uriOf('whatsapp-datastore-agent', 'generativeSettings/en.json');
  const flow = uriOf('whatsapp-datastore-agent', START);
  const page = uriOf('whatsapp-datastore-agent', 'flows/Default Start Flow/pages/Call Transfer.json');
  host.readFile = (uri: string) => {
    const t = base(uri);
    if (uri === settings) return t?.replace(/"agentScope": "[^"]*",/, '');
    if (uri === flow) return t?.replace('WhatsApp assistant', 'Phone line');
    return t;
  };
  const { model } = load('whatsapp-datastore-agent', host);
  assert.equal(model.flow!.nodes.find((n) => n.id.endsWith('#datastore'))!.kind, 'search');
  assert.ok(model.flow!.nodes.some((n) => n.kind === 'human' && n.ref.uri === page));
});

test('dialogflow-cx: a playbook tool whose description or API hands the chat to a person is a path to one', () => {
  const { model } = load('playbook-tools');
  const pb = 'playbook:Shop Helper';
  const { kinds, edges } = shape(model);
  assert.equal(kinds['tool:hand_to_team'], 'human');
  assert.ok(edges.has(`${pb}->tool:hand_to_team`));
  assert.equal(kinds['tool:order_status'], undefined, 'a look-up tool is no path to a person');
  assert.deepEqual(rulesOf(lintAll('playbook-tools')), {});
  // The same tool described as a look-up, with a non-helpdesk API, reaches no one.
  const tool = 'tools/hand_to_team/hand_to_team.json';
  const host = testHost({
    [p('playbook-tools', tool)]: read('playbook-tools', tool)
      .replace(/"description": "[^"]*"/, '"description": "Looks up the delivery slot of an order."')
      .replace('/assign:', '/slots:'),
  });
  assert.equal(shape(load('playbook-tools', host).model).kinds['tool:hand_to_team'], undefined);
  assert.deepEqual(rulesOf(lintAll('playbook-tools', host)), {
    'agent.json': ['flow/no-human-path:warning'],
  });
});
