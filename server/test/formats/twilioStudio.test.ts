import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeTwilioStudio, parseTwilioStudio } from '../../src/formats/twilio-studio/parse';
import { voiceOnlyFlow } from '../../src/formats/twilio-studio/voice';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture, lintFixture, shape } from './formatHelpers';

test('twilio studio: scoped flow with a Flex handoff', () => {
  const { uri, text } = fixture('twilio-studio', 'scoped-handoff.json');
  assert.ok(looksLikeTwilioStudio(text));
  const m = parseTwilioStudio(uri, text);
  assert.equal(m.kind, 'twilio-studio');
  assert.deepEqual(m.issues, []);
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, {
    Trigger: 'trigger',
    menu: 'reply',
    route_choice: 'router',
    order_status: 'webhook',
    send_status: 'reply',
    to_agent: 'human',
  });
  for (const e of [
    'Trigger->menu',
    'menu->route_choice',
    'route_choice->to_agent',
    'route_choice->order_status',
    'order_status->to_agent',
    'order_status->send_status',
  ])
    assert.ok(edges.has(e), e);
  assert.ok(m.whatsapp, 'whatsapp: sender found');
  assert.equal(text.slice(m.whatsapp!.span.start, m.whatsapp!.span.end), '"whatsapp:+14155238886"');
  assert.deepEqual(m.notes, []);
  assert.deepEqual(lintFixture('twilio-studio', 'scoped-handoff.json'), {
    kind: 'twilio-studio',
    rules: [],
    errors: [],
  });
});

test('twilio studio: every message POSTed to a GPT webhook', () => {
  const { uri, text } = fixture('twilio-studio', 'open-domain-gpt.json');
  const m = parseTwilioStudio(uri, text);
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, { Trigger: 'trigger', ask_gpt: 'webhook', send_reply_user: 'reply' });
  assert.deepEqual([...edges].sort(), ['Trigger->ask_gpt', 'ask_gpt->send_reply_user', 'send_reply_user->ask_gpt']);
  assert.equal(m.notes.length, 1);
  assert.equal(m.notes[0].kind, 'hidden-llm');
  assert.match(text.slice(m.notes[0].ref.span.start, m.notes[0].ref.span.end), /openai\/chat/);
  // The LLM is behind the webhook: its scope cannot be proven, so it is reported as information.
  assert.deepEqual(lintFixture('twilio-studio', 'open-domain-gpt.json').rules, [
    'flow/hidden-llm',
    'flow/no-human-path',
  ]);
});

test('twilio studio: sniffing', () => {
  assert.ok(looksLikeTwilioStudio('{"$schema": "https://schemas.twilio.com/studio/draft/2019-09/flow-definition"}'));
  assert.ok(!looksLikeTwilioStudio('{"nodes": [], "edges": []}'));
});

test('twilio studio: prompts in plain sight (an OpenAI request body, a function parameter) are read', () => {
  const body = lintFixture('twilio-studio', 'gpt-body-prompt.json');
  assert.deepEqual(body.rules, ['flow/no-human-path', 'flow/open-domain-llm']);
  const { uri, text } = fixture('twilio-studio', 'gpt-body-prompt.json');
  const model = parseTwilioStudio(uri, text);
  assert.equal(model.prompts[0].text.text, 'You are a helpful assistant. Answer any question the user asks.');
  assert.ok(!model.notes.some((n) => n.kind === 'hidden-llm'), 'the prompt is visible: no hidden-LLM note');
  // The decisive words are located inside the doubly encoded body string.
  const p = model.prompts[0];
  const i = p.text.text.indexOf('Answer any');
  assert.equal(text.slice(p.text.toSource(i), p.text.toSource(i + 10)), 'Answer any');
  // A function whose system_prompt parameter is scoped, with a Flex handoff: nothing to report.
  assert.deepEqual(lintFixture('twilio-studio', 'function-prompt-flex.json').rules, []);
});

test('twilio studio: the flow as the REST API or CLI returns it ({sid, friendly_name, definition}) is read', () => {
  const { uri, text } = fixture('twilio-studio', 'scoped-handoff.json');
  const wrapped = JSON.stringify({
    sid: 'FW0000',
    friendly_name: 'Support',
    status: 'published',
    definition: JSON.parse(text),
  });
  assert.ok(looksLikeTwilioStudio(wrapped));
  assert.deepEqual(shape(parseTwilioStudio(uri, wrapped)).kinds, shape(parseTwilioStudio(uri, text)).kinds);
  assert.equal(shape(parseTwilioStudio(uri, wrapped)).kinds.to_agent, 'human');
});

test('twilio studio: a flow started only by the REST API that never reads a reply is outbound, not a conversation', () => {
  const { uri, text } = fixture('twilio-studio', 'outbound-reminder.json');
  const m = parseTwilioStudio(uri, text);
  assert.equal(shape(m).kinds.Trigger, 'other');
  assert.match(m.flow!.nodes.find((n) => n.id === 'Trigger')!.label, /REST API/);
  assert.deepEqual(lintFixture('twilio-studio', 'outbound-reminder.json').rules, []);
  // The same flow with a send-and-wait-for-reply widget reads answers: a conversation again.
  const asks = JSON.parse(text);
  asks.states[2].type = 'send-and-wait-for-reply';
  assert.equal(shape(parseTwilioStudio(uri, JSON.stringify(asks))).kinds.Trigger, 'trigger');
  // And with an incoming-message transition that leads somewhere.
  const incoming = JSON.parse(text);
  incoming.states[0].transitions[0].next = 'write_reminder';
  assert.equal(shape(parseTwilioStudio(uri, JSON.stringify(incoming))).kinds.Trigger, 'trigger');
});

test('twilio studio: a voice flow that calls an LLM but reads nothing the caller says is no chat bot, and says so', () => {
  const service = createPolicyService({ host: testHost() });
  const { uri, text } = fixture('twilio-studio', 'voicemail-summary.json');
  const why = service.explainKind(uri);
  assert.equal(why.kind, undefined);
  assert.match(why.reason!, /voice flow: only incoming calls start it.*answers no messages: not a chat bot/);
  // A Gather Input On Call widget reads what the caller says: a conversation, linted.
  const gather = JSON.parse(text);
  gather.states[2].type = 'gather-input-on-call';
  assert.equal(voiceOnlyFlow(JSON.stringify(gather)), undefined);
  // So is a flow that a message also starts.
  const message = JSON.parse(text);
  message.states[0].transitions[0].next = 'greeting';
  assert.equal(voiceOnlyFlow(JSON.stringify(message)), undefined);
});

test('twilio studio: a send-to-flex that no transition reaches is no path, and a prompt that answers a marker word for it is none either', () => {
  const { uri, text } = fixture('twilio-studio', 'marker-flex-handoff.json');
  const model = parseTwilioStudio(uri, text);
  assert.equal(model.prompts[0].handoffByFlow, true, "the split tests the prompt's marker word PERSONAL");
  assert.deepEqual(lintFixture('twilio-studio', 'marker-flex-handoff.json').rules, []);
  const host = testHost();
  const cut = text.replace('"next": "to_flex",', '');
  assert.notEqual(cut, text);
  const r = createPolicyService({ host }).lint(host.set('/tmp/wa-twilio11/studio-flow.json', cut));
  assert.deepEqual(
    r?.findings.map((f) => f.rule),
    ['flow/no-human-path'],
  );
  // A split that compares with an ordinary value ('2') marks nothing.
  const plain = parseTwilioStudio(uri, text.replace('"value": "PERSONAL"', '"value": "2"'));
  assert.equal(plain.prompts[0].handoffByFlow, undefined);
});

test('twilio studio: a request body whose system message is {{flow.variables.x}} is judged by the text a Set Variables widget gives x', () => {
  const { text } = fixture('twilio-studio', 'marker-flex-handoff.json');
  const flow = JSON.parse(text) as {
    states: { name: string; type: string; transitions: unknown[]; properties: Record<string, unknown> }[];
  };
  const ask = flow.states.find((s) => s.name === 'ask_llm')!;
  const body = JSON.parse(ask.properties.body as string) as { messages: { role: string; content: string }[] };
  const system = body.messages[0].content;
  body.messages[0].content = '{{flow.variables.system_prompt | escape}}';
  ask.properties.body = JSON.stringify(body);
  flow.states[0].transitions = [{ event: 'incomingMessage', next: 'set_prompt' }];
  flow.states.push({
    name: 'set_prompt',
    type: 'set-variables',
    transitions: [{ next: 'ask_llm', event: 'next' }],
    properties: {
      variables: [
        { key: 'system_prompt', value: system },
        { key: 'question', value: '{{trigger.message.Body}}' },
      ],
    },
  });
  const host = testHost();
  const scoped = host.set('/tmp/wa-twilio11/vars/studio-flow.json', JSON.stringify(flow, null, 2));
  const model = parseTwilioStudio(scoped, JSON.stringify(flow, null, 2));
  assert.equal(model.prompts[0].text.text, system);
  assert.match(model.prompts[0].label, /flow variable set in 'set_prompt'/);
  assert.deepEqual(
    createPolicyService({ host })
      .lint(scoped)
      ?.findings.map((f) => f.rule),
    [],
  );
  // The open text set for the variable opens the LLM (the split still reaches Flex).
  (flow.states.at(-1)!.properties.variables as { value: string }[])[0].value =
    'You are a helpful assistant. Answer any question about anything.';
  const open = host.set('/tmp/wa-twilio11/vars-open/studio-flow.json', JSON.stringify(flow, null, 2));
  assert.deepEqual(
    createPolicyService({ host })
      .lint(open)
      ?.findings.map((f) => f.rule),
    ['flow/open-domain-llm'],
  );
});
