// Session 21 (flows21): human steps that do not serve every customer, and files of an export that are no prompt.
// A Rasa handoff behind a branch for one customer tier is no path; a lookup action at the start of the handoff
// pattern is no handoff; a Copilot Studio escalation message that gives only a placeholder contact reaches no one;
// the record of a Power Platform solution export (bots/<schema>/bot.xml) is not read as a system prompt.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { tierTested } from '../../src/formats/shared/audience';
import { onlyPlaceholderContacts } from '../../src/formats/shared/handoff';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const ROOT = path.resolve('/ws21');

function rules(files: Record<string, string>, lint: string[]): { file: string; rule: string }[] {
  const abs = Object.fromEntries(Object.entries(files).map(([p, t]) => [path.join(ROOT, p), t]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: { file: string; rule: string }[] = [];
  for (const p of lint)
    for (const f of service.lint(toUri(path.join(ROOT, p)))?.findings ?? []) out.push({ file: p, rule: f.rule });
  return out;
}

test('tierTested: a compared literal or a boolean name that names a customer tier; other tests are none', () => {
  assert.deepEqual(tierTested('slots.membership = "platinum"'), { tier: 'platinum', negated: false });
  assert.deepEqual(tierTested("slots.plan != 'VIP'"), { tier: 'VIP', negated: true });
  assert.equal(tierTested('slots.is_vip')?.negated, false);
  assert.equal(tierTested('not slots.is_vip')?.negated, true);
  assert.equal(tierTested('slots.priority = "high"'), undefined);
  assert.equal(tierTested('slots.order_status = "shipped"'), undefined);
  assert.equal(tierTested(''), undefined);
});

const RASA_CONFIG = `recipe: default.v1
language: en
pipeline:
  - name: CompactLLMCommandGenerator
policies:
  - name: FlowPolicy
`;

const RASA_DOMAIN = `version: "3.1"
slots:
  membership:
    type: categorical
    values: [basic, platinum]
    mappings:
      - type: custom
actions:
  - action_fetch_member
  - action_assign_to_concierge
responses:
  utter_concierge:
    - text: "Connecting you to your concierge now."
  utter_no_agents:
    - text: "Our agents only serve Platinum members. I can still help with your bookings here."
`;

const RASA_ACTIONS = `import requests
from rasa_sdk import Action
from rasa_sdk.events import SlotSet


class FetchMember(Action):
    def name(self):
        return "action_fetch_member"

    def run(self, dispatcher, tracker, domain):
        r = requests.get(f"https://members.example-travel.io/v1/{tracker.sender_id}", timeout=3)
        return [SlotSet("membership", r.json().get("level", "basic"))]


class AssignToConcierge(Action):
    def name(self):
        return "action_assign_to_concierge"

    def run(self, dispatcher, tracker, domain):
        requests.post("https://desk.example-travel.io/api/v1/accounts/2/conversations/9/assignments", json={"team_id": 4})
        return []
`;

function rasaHandoff(condition: string, elseSteps: string): string {
  return `flows:
  pattern_human_handoff:
    description: The user asks for a person.
    steps:
      - action: action_fetch_member
        next:
          - if: ${condition}
            then:
              - action: utter_concierge
              - action: action_assign_to_concierge
                next: END
          - else:
${elseSteps}
`;
}

const NO_AGENT_ELSE = `              - action: utter_no_agents
                next: END`;

test('rasa: a handoff only behind a branch for one customer tier is no path; a lookup action is no handoff', () => {
  const project = (flows: string) =>
    rules(
      {
        'travel/config.yml': RASA_CONFIG,
        'travel/domain.yml': RASA_DOMAIN,
        'travel/actions/actions.py': RASA_ACTIONS,
        'travel/data/flows/patterns.yml': flows,
      },
      ['travel/config.yml', 'travel/domain.yml', 'travel/data/flows/patterns.yml'],
    ).map((f) => f.rule);
  assert.ok(project(rasaHandoff('slots.membership = "platinum"', NO_AGENT_ELSE)).includes('flow/no-human-path'));
  // Everyone else is transferred too: the `else` reaches the same helpdesk.
  const everyone = `              - action: action_assign_to_concierge
                next: END`;
  assert.ok(!project(rasaHandoff('slots.membership = "platinum"', everyone)).includes('flow/no-human-path'));
  // A branch on something else than a tier gates no one.
  assert.ok(!project(rasaHandoff('slots.membership = "basic"', NO_AGENT_ELSE)).includes('flow/no-human-path'));
  // The tier excluded by the condition: the `else` is the tier's branch.
  assert.ok(
    project(
      rasaHandoff(
        'slots.membership != "platinum"',
        `              - action: action_assign_to_concierge
                next: END`,
      ).replace(
        /then:\n {14}- action: utter_concierge\n {14}- action: action_assign_to_concierge/,
        'then:\n              - action: utter_no_agents',
      ),
    ).includes('flow/no-human-path'),
  );
});

const MCS_AGENT = `kind: GptComponentMetadata
instructions: |-
  You are the assistant of Rollo Scooters in Vienna. You only help with rentals, parking zones and billing.
  Politely decline anything unrelated to Rollo Scooters.
gptCapabilities:
  webBrowsing: false
`;

const mcsEscalate = (activity: string) => `kind: AdaptiveDialog
beginDialog:
  kind: OnEscalate
  id: main
  intent:
    displayName: Escalate
    triggerQueries:
      - talk to a person
  actions:
    - kind: SendActivity
      id: sendMessage_h1
      conversationOutcome: Escalated
      activity: ${activity}
`;

test('copilot studio: an escalation message that gives only a placeholder contact reaches no one', () => {
  const lint = (activity: string) =>
    rules({ 'rollo/agent.mcs.yml': MCS_AGENT, 'rollo/topics/Escalate.mcs.yml': mcsEscalate(activity) }, [
      'rollo/agent.mcs.yml',
      'rollo/topics/Escalate.mcs.yml',
    ]).map((f) => f.rule);
  assert.ok(
    lint('Please call our hotline at +43 1 XXX XX XX or write to [support e-mail].').includes('flow/no-human-path'),
  );
  assert.ok(
    !lint('Please call our hotline at +43 1 512 22 40 or write to help@rollo-scooters.at.').includes(
      'flow/no-human-path',
    ),
  );
  // No contact at all: the escalation outcome itself is the handover, as before.
  assert.ok(!lint('A colleague takes over this chat now.').includes('flow/no-human-path'));
  assert.equal(onlyPlaceholderContacts('Call +43 1 XXX XX XX.'), 'placeholder number');
  assert.equal(onlyPlaceholderContacts('Call +43 1 512 22 40 or +43 1 XXX XX XX.'), undefined);
  assert.equal(onlyPlaceholderContacts('A colleague takes over.'), undefined);
});

test('a Power Platform solution record (bots/<schema>/bot.xml) is not a system prompt', () => {
  const record = `<bot schemaname="cr_rollo">
  <authenticationmode>1</authenticationmode>
  <language>1031</language>
  <name>Rollo Kundenservice</name>
  <template>default-2.1.0</template>
</bot>`;
  const found = rules({ 'export/bots/cr_rollo/bot.xml': record }, ['export/bots/cr_rollo/bot.xml']);
  assert.deepEqual(found, []);
});

function langflowExport(toolCode: string): string {
  const node = (id: string, type: string, template: object, display = type) => ({
    id,
    type: 'genericNode',
    position: { x: 0, y: 0 },
    data: { id, type, node: { display_name: display, template } },
  });
  const nodes = [
    node('ChatInput-a1', 'ChatInput', { input_value: { type: 'str', value: '' } }),
    node('Agent-b2', 'Agent', {
      system_message: {
        type: 'str',
        value:
          'You are the assistant of Sunwise Solar panels in Cebu. You only answer questions about installations, ' +
          'billing and maintenance visits; politely decline anything else. If the customer wants a person, call ' +
          'the tool open_ticket_for_staff and tell them a technician will reply here.',
      },
      model_name: { type: 'str', value: 'gpt-4o-mini' },
    }),
    node('CustomComponent-c3', 'CustomComponent', { code: { type: 'code', value: toolCode } }, 'Open ticket'),
    node('ChatOutput-d4', 'ChatOutput', { input_value: { type: 'str', value: '' } }),
  ];
  const edge = (source: string, target: string, fieldName: string) => ({
    source,
    target,
    data: { targetHandle: { fieldName } },
  });
  return JSON.stringify({
    name: 'Sunwise',
    data: {
      nodes,
      edges: [
        edge('ChatInput-a1', 'Agent-b2', 'input_value'),
        edge('CustomComponent-c3', 'Agent-b2', 'tools'),
        edge('Agent-b2', 'ChatOutput-d4', 'input_value'),
      ],
    },
  });
}

const toolCode = (url: string) => `import requests
from langflow.custom import Component

TICKETS = "${url}"


class OpenTicket(Component):
    display_name = "Open ticket"
    name = "open_ticket_for_staff"

    def run(self):
        try:
            requests.post(TICKETS, json={"text": self.summary}, timeout=5)
        except Exception:
            pass
        return {"ok": True}
`;

test('langflow: a handoff tool whose code only calls a placeholder address reaches no one', () => {
  const lint = (url: string) =>
    rules({ 'sunwise/flow.json': langflowExport(toolCode(url)) }, ['sunwise/flow.json']).map((f) => f.rule);
  assert.ok(lint('https://example.com/tickets').includes('flow/no-human-path'));
  assert.ok(lint('https://helpdesk.invalid/api/tickets').includes('flow/no-human-path'));
  // A real helpdesk address keeps the prompt's handoff.
  assert.ok(!lint('https://sunwise.freshdesk.com/api/v2/tickets').includes('flow/no-human-path'));
});
