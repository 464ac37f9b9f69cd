import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { rasaProject } from '../../src/formats/rasa/project';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const DIR = path.join(REPO, 'test-fixtures', 'formats', 'rasa', 'calm-demo-layout');
const uri = (rel: string) => toUri(path.join(DIR, rel));

test('rasa: the CALM demo layout (config/config.yml, domain/ folder, data/flows/*.yml) is one project', () => {
  const host = testHost();
  for (const rel of [
    'config/config.yml',
    'domain/shared.yml',
    'data/flows/patterns.yml',
    'data/flows/transfer_money.yml',
    'endpoints.yml',
    'credentials.yml',
  ]) {
    assert.equal(rasaProject.root(uri(rel), host), toUri(DIR), rel);
  }
  const files = rasaProject
    .files(toUri(DIR), host)
    .map((u) => u.slice(toUri(DIR).length + 1))
    .sort();
  assert.deepEqual(files, [
    'config/config.yml',
    'credentials.yml',
    'data/flows/patterns.yml',
    'data/flows/transfer_money.yml',
    'domain/shared.yml',
    'domain/transfer_money.yml',
    'endpoints.yml',
  ]);
  const model = rasaProject.parse(
    toUri(DIR),
    files.map((f) => ({ uri: uri(f), text: host.readFile(uri(f))! })),
  );
  const node = (id: string) => model.flow!.nodes.find((n) => n.id === id);
  // Class-path policy names; IntentlessPolicy picks domain responses, it does not generate.
  assert.equal(node('policy:intentless')?.kind, 'reply');
  assert.equal(node('policy:search')?.kind, 'search');
  assert.equal(node('policy:search')?.relevancyCheck, true);
  assert.ok(model.flow!.nodes.some((n) => n.label.startsWith('action_trigger_chitchat') && n.kind === 'reply'));
  assert.ok(model.flow!.nodes.some((n) => n.kind === 'human' && n.label === 'action_handoff_to_agent'));
  assert.deepEqual(
    model.models.map((m) => m.provider),
    ['openai'],
  );
  assert.ok(model.whatsapp);
  const service = createPolicyService({ host });
  for (const f of files)
    assert.deepEqual(
      service.lint(uri(f))?.findings.map((x) => x.rule),
      [],
      f,
    );
});

test('rasa: classic rules and stories are read; a rule that runs a handoff action is a path to a person', () => {
  const dir = path.join(REPO, 'test-fixtures', 'formats', 'rasa', 'classic-whatsapp');
  const rules = path.join(dir, 'data', 'rules.yml');
  const lint = (host: ReturnType<typeof testHost>) =>
    createPolicyService({ host })
      .lint(toUri(path.join(dir, 'config.yml')))!
      .findings.map((f) => f.rule);
  assert.deepEqual(lint(testHost()), []);
  // The finding sits on the config (it defines the bot), never on credentials.yml.
  const credentials = (host: ReturnType<typeof testHost>) =>
    createPolicyService({ host }).lint(toUri(path.join(dir, 'credentials.yml')))?.findings ?? [];
  const noHandoff = fs.readFileSync(rules, 'utf8').replace(/- rule: handoff[\s\S]*?(?=- rule:)/, '');
  assert.deepEqual(lint(testHost({ [rules]: noHandoff })), ['flow/no-human-path']);
  assert.deepEqual(credentials(testHost({ [rules]: noHandoff })), []);
});

test('rasa: custom actions (actions/*.py) and the prompt template a policy names are parts of the project', () => {
  const dir = path.join(REPO, 'test-fixtures', 'formats', 'rasa', 'custom-actions');
  const at = (rel: string) => toUri(path.join(dir, rel));
  const host = testHost();
  for (const rel of ['actions/fallback.py', 'actions/tickets.py', 'prompts/florist_search.jinja2'])
    assert.equal(rasaProject.claims?.(at(rel), host), true, rel);
  const service = createPolicyService({ host });
  // The fallback action's own system message is read (and is open); the ticket action is a path to a person.
  const fallback = service.lint(at('actions/fallback.py'))!;
  assert.equal(fallback.kind, 'rasa');
  assert.deepEqual(
    fallback.findings.map((f) => f.rule),
    ['flow/open-domain-fallback'],
  );
  assert.match(fallback.findings[0].message, /action_llm_fallback/);
  // The template is read with the project (its Jinja code is not prose): no prompt-file findings on it.
  const template = service.lint(at('prompts/florist_search.jinja2'))!;
  assert.equal(template.kind, 'rasa');
  assert.deepEqual(template.findings, []);
  // Without the ticket action, the response that gives the shop's phone and e-mail is still a path to a person.
  const rules = path.join(dir, 'data', 'rules.yml');
  const noTicket = fs.readFileSync(rules, 'utf8').replace('action: action_open_ticket', 'action: utter_call_shop');
  const noContact = noTicket.replace('action: utter_call_shop', 'action: utter_greet');
  const rulesOf = (text: string) =>
    createPolicyService({ host: testHost({ [rules]: text }) })
      .lint(at('config.yml'))!
      .findings.map((f) => f.rule);
  assert.ok(!rulesOf(noTicket).includes('flow/no-human-path'));
  assert.ok(rulesOf(noContact).includes('flow/no-human-path'));
  // The same LLM action run by a second rule is the same cause: still one finding, on the action's prompt.
  const twice = `${fs.readFileSync(rules, 'utf8')}- rule: out of scope\n  steps:\n  - intent: out_of_scope\n  - action: action_llm_fallback\n`;
  const onAction = createPolicyService({ host: testHost({ [rules]: twice }) })
    .lint(at('actions/fallback.py'))!
    .findings.map((f) => f.rule);
  assert.deepEqual(onAction, ['flow/open-domain-fallback']);
});

test('rasa: custom actions are read with the code reader (joined literals, a helper function, a contact message)', () => {
  const root = toUri(path.join(REPO, 'virtual-rasa-actions'));
  const files = {
    'config.yml': 'recipe: default.v1\npipeline:\n  - name: FallbackClassifier\npolicies:\n  - name: RulePolicy\n',
    'domain.yml': 'version: "3.1"\nintents:\n  - nlu_fallback\n  - human\nactions:\n  - action_ask_model\n',
    'data/rules.yml': [
      'version: "3.1"',
      'rules:',
      '- rule: fallback',
      '  steps:',
      '  - intent: nlu_fallback',
      '  - action: action_ask_model',
      '- rule: person',
      '  steps:',
      '  - intent: human',
      '  - action: action_give_contact',
      '',
    ].join('\n'),
    'actions/actions.py': [
      'from openai import OpenAI',
      'from rasa_sdk import Action',
      'client = OpenAI()',
      'PROMPT = (',
      '    "You are a general assistant. "',
      '    "Answer any question on any topic."',
      ')',
      'def ask(text):',
      '    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}])',
      'class AskModel(Action):',
      '    def name(self):',
      '        return "action_ask_model"',
      '    def run(self, dispatcher, tracker, domain):',
      '        dispatcher.utter_message(text=ask(tracker.latest_message["text"]).choices[0].message.content)',
      '        return []',
      'class GiveContact(Action):',
      '    def name(self):',
      '        return "action_give_contact"',
      '    def run(self, dispatcher, tracker, domain):',
      '        dispatcher.utter_message(text="Our team answers on +44 20 7946 0958 from 9 to 5.")',
      '        return []',
      '',
    ].join('\n'),
  };
  const model = rasaProject.parse(
    root,
    Object.entries(files).map(([rel, text]) => ({ uri: `${root}/${rel}`, text })),
  );
  const node = (label: RegExp) => model.flow!.nodes.find((n) => label.test(n.label));
  const llm = node(/^action_ask_model$/)!;
  assert.equal(llm.kind, 'llm');
  assert.equal(llm.role, 'fallback');
  // The implicit concatenation is one prompt, mapped back to its literals.
  const prompt = model.prompts[llm.prompt!];
  assert.equal(prompt.text.text, 'You are a general assistant. Answer any question on any topic.');
  const source = files['actions/actions.py'];
  assert.equal(source.slice(prompt.text.toSource(0), prompt.text.toSource(0) + 7), 'You are');
  assert.equal(node(/^action_give_contact/)?.kind, 'human');
  assert.match(node(/^action_give_contact/)!.label, /\+44 20 7946 0958/);
});

test('rasa: a handoff action whose code only sends a message is no path to a person; one that calls out or pauses is', () => {
  const root = toUri(path.join(REPO, 'virtual-rasa-handoff-message'));
  const project = (run: string[], responses = '') => {
    const files: Record<string, string> = {
      'config.yml': 'recipe: default.v1\npipeline: []\npolicies:\n  - name: RulePolicy\n',
      'domain.yml': `version: "3.1"\nintents:\n  - human\nactions:\n  - action_human_handoff\nresponses:\n  utter_wait:\n  - text: "Un asesor se pondrá en contacto contigo pronto."\n${responses}`,
      'data/rules.yml':
        'version: "3.1"\nrules:\n- rule: person\n  steps:\n  - intent: human\n  - action: action_human_handoff\n',
      'actions/actions.py': [
        'import requests',
        'from rasa_sdk import Action',
        'from rasa_sdk.events import ConversationPaused',
        'class HumanHandoff(Action):',
        '    def name(self):',
        '        return "action_human_handoff"',
        '    def run(self, dispatcher, tracker, domain):',
        ...run.map((l) => `        ${l}`),
        '',
      ].join('\n'),
    };
    const model = rasaProject.parse(
      root,
      Object.entries(files).map(([rel, text]) => ({ uri: `${root}/${rel}`, text })),
    );
    return model.flow!.nodes.find((n) => n.attrs?.action === 'action_human_handoff')!;
  };
  // Spanish: "an adviser will contact you soon", sent by name from the domain, and nothing else: a reply.
  const wait = project(['dispatcher.utter_message(response="utter_wait")', 'return []']);
  assert.equal(wait.kind, 'reply');
  assert.match(wait.label, /only sends a message/);
  // Turkish text sent inline, with a slot read: still only a message.
  const inline = project([
    'name = tracker.get_slot("ad")',
    'dispatcher.utter_message(text=f"Teşekkürler {name}, temsilcimiz sizi arayacak.")',
    'return []',
  ]);
  assert.equal(inline.kind, 'reply');
  // The response it sends gives a staffed line: a path to a person.
  const line = project(
    ['dispatcher.utter_message(response="utter_line")', 'return []'],
    '  utter_line:\n  - text: "Fale com a nossa equipa pelo +351 213 456 789 (9h-18h)."\n',
  );
  assert.equal(line.kind, 'human');
  // It pauses the conversation for an agent, or posts to an inbox: a path to a person.
  assert.equal(
    project(['dispatcher.utter_message(response="utter_wait")', 'return [ConversationPaused()]']).kind,
    'human',
  );
  assert.equal(
    project(['requests.post("https://inbox.example.org/api/rooms/assign", json={})', 'return []']).kind,
    'human',
  );
});
