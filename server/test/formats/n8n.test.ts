import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import * as os from 'node:os';
import * as path from 'node:path';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture, lintFixture, shape } from './formatHelpers';

/** 0-based line of the first line of a fixture that contains `needle`. */
function fixtureLine(format: string, name: string, needle: string): number {
  return fixture(format, name)
    .text.split('\n')
    .findIndex((l) => l.includes(needle));
}

test('n8n: a disabled handoff node is no path to a person; an image-describing chain is preprocessing', () => {
  const { uri, text } = fixture('n8n', 'parcelo.json');
  const model = parseN8n(uri, text);
  const { kinds } = shape(model);
  assert.ok(!('Notify Slack' in kinds), 'disabled nodes are left out');
  assert.equal(kinds['Describe Image'], 'action');
  assert.equal(kinds['Support Agent'], 'llm');
  // The agent's prompt tells it to emit [HANDOFF], but the Slack step is disabled: no human path.
  const r = lintFixture('n8n', 'parcelo.json');
  assert.equal(r.kind, 'n8n');
  assert.ok(!r.rules.includes('flow/open-domain-llm'), r.rules.join());
  // The IF tests the marker the prompt writes: the prompt's handoff holds only through the flow's own steps.
  const agent = model.flow!.nodes.find((n) => n.label === 'Support Agent')!;
  assert.equal(model.prompts[agent.prompt!].handoffByFlow, true);
  // A prompt that promises a person and writes a marker whose handoff step is disabled gets no-human-path.
  const promise = text.replace(
    'If the customer asks for a person, reply with [HANDOFF].',
    'If the customer asks for a person, tell them a member of our staff will take over and end with [HANDOFF].',
  );
  const lint = (t: string) =>
    createPolicyService({ host: testHost({ [new URL(uri).pathname]: t }) })
      .lint(uri)!
      .findings.map((f) => f.rule);
  assert.ok(lint(promise).includes('flow/no-human-path'), lint(promise).join());
  // Enabled, the Slack step is the path to a person.
  assert.ok(!lint(promise.replace('"disabled": true', '"disabled": false')).includes('flow/no-human-path'));
});

test('n8n: a schedule-only workflow has no conversation, so no flow findings', () => {
  assert.deepEqual(lintFixture('n8n', 'digest.json'), { kind: 'n8n', rules: [], errors: [] });
});

test('n8n: the CLI export of several workflows (a JSON array) is read workflow by workflow', () => {
  const a = fixture('n8n', 'parcelo.json').text;
  const b = fixture('n8n', 'digest.json').text;
  const model = parseN8n('file:///tmp/all.json', `[${a},${b}]`);
  const { kinds } = shape(model);
  assert.equal(kinds['Parcelo WhatsApp support/Support Agent'], 'llm');
  assert.equal(kinds['Daily digest/Schedule Trigger'], 'other');
});

test('n8n: Execute Workflow nodes are followed to the workflow files beside the export, by id', () => {
  const r = lintFixture('n8n', 'subflows/front-desk.json');
  assert.equal(r.kind, 'n8n');
  // The open agent sits in a called workflow; the Slack handoff in another; one call is not exported.
  assert.deepEqual(r.rules, ['flow/open-domain-llm', 'input/incomplete']);
  const service = createPolicyService({ host: testHost() });
  const { uri } = fixture('n8n', 'subflows/front-desk.json');
  const model = service.modelOf(uri)!;
  assert.equal(model.files.length, 3, model.files.join());
  const { kinds } = shape(model);
  assert.equal(kinds['Hand over > Tell the shop team'], 'human');
  assert.equal(kinds['Answer with AI > Lumi Agent'], 'llm');
  assert.equal(kinds['Log to CRM'], 'webhook');
  const open = service.lint(uri)!.findings.find((f) => f.rule === 'flow/open-domain-llm')!;
  assert.match(open.message, /whatever the user asks/);
  assert.equal(open.range.start.line, fixtureLine('n8n', 'subflows/front-desk.json', '"name": "Answer with AI"'));
  // On its own, a called workflow is entered from its caller (judged there), not by a user message.
  assert.deepEqual(lintFixture('n8n', 'subflows/sub/answer-questions.json').rules, []);
  const sub = service.modelOf(fixture('n8n', 'subflows/sub/answer-questions.json').uri)!;
  assert.match(shape(sub).kinds['When called by another workflow'], /^other$/);
  assert.ok(sub.files.some((f) => f.endsWith('/front-desk.json')));
});

test('n8n: a sub-workflow whose caller is not in the workspace is judged on its own', () => {
  const { text } = fixture('n8n', 'subflows/sub/answer-questions.json');
  const p = path.join(os.tmpdir(), 'wa-n8n-alone', 'sub', 'answer-questions.json');
  const service = createPolicyService({ host: testHost({ [p]: text }) });
  const alone = service.lint(toUri(p))!;
  assert.ok(alone.findings.some((f) => f.rule === 'flow/open-domain-llm'));
});

test('n8n: OpenAI nodes that transcribe or speak are not answering LLMs; a message list gives its system message', () => {
  const node = (name: string, type: string, parameters: object) => ({ name, type, typeVersion: 1.8, parameters });
  const wf = {
    nodes: [
      node('WhatsApp Trigger', 'n8n-nodes-base.whatsAppTrigger', { updates: ['messages'] }),
      node('Transcribe', '@n8n/n8n-nodes-langchain.openAi', { resource: 'audio', operation: 'transcribe' }),
      node('Reply', '@n8n/n8n-nodes-langchain.openAi', {
        modelId: { __rl: true, value: 'gpt-4o-mini', mode: 'list' },
        messages: {
          values: [
            { content: '={{ $json.text }}' },
            { role: 'system', content: 'You answer questions about Kestrel Bikes repairs only.' },
          ],
        },
      }),
      node('Speak', '@n8n/n8n-nodes-langchain.openAi', { resource: 'audio', input: '={{ $json.message.content }}' }),
    ],
    connections: {
      'WhatsApp Trigger': { main: [[{ node: 'Transcribe', type: 'main', index: 0 }]] },
      Transcribe: { main: [[{ node: 'Reply', type: 'main', index: 0 }]] },
      Reply: { main: [[{ node: 'Speak', type: 'main', index: 0 }]] },
    },
  };
  const model = parseN8n('file:///tmp/voice.json', JSON.stringify(wf));
  const { kinds } = shape(model);
  assert.deepEqual([kinds.Transcribe, kinds.Reply, kinds.Speak], ['action', 'llm', 'action']);
  const reply = model.flow!.nodes.find((n) => n.id === 'Reply')!;
  assert.match(model.prompts[reply.prompt!].text.text, /^You answer questions about Kestrel Bikes/);
});

test('n8n: a template downloaded from n8n.io ({workflow: {...}}) and the API list ({data: [...]}) are read', () => {
  const wf = JSON.parse(fixture('n8n', 'parcelo.json').text) as object;
  for (const text of [
    JSON.stringify({ id: 4121, name: 'Parcelo support', workflow: wf }),
    JSON.stringify({ data: [wf], nextCursor: null }),
  ]) {
    const { kinds } = shape(parseN8n('file:///tmp/template.json', text));
    assert.equal(kinds['Support Agent'] ?? kinds['Parcelo WhatsApp support/Support Agent'], 'llm', text.slice(0, 40));
  }
});

test('n8n: a sub-workflow anywhere in the workspace is found by id; one that is nowhere is said so', () => {
  const root = path.join(os.tmpdir(), 'wa-n8n-workspace');
  const caller = JSON.parse(fixture('n8n', 'subflows/front-desk.json').text) as object;
  const answer = fixture('n8n', 'subflows/sub/answer-questions.json').text;
  const files = {
    [path.join(root, '.wa-policy.yaml')]: 'rules: {}\n',
    [path.join(root, 'bots', 'whatsapp', 'front', 'front-desk.json')]: JSON.stringify(caller),
    [path.join(root, 'shared', 'tools', 'deep', 'answer-questions.json')]: answer,
  };
  const service = createPolicyService({ host: testHost(files) });
  const uri = toUri(path.join(root, 'bots', 'whatsapp', 'front', 'front-desk.json'));
  const model = service.modelOf(uri)!;
  assert.ok(
    model.files.some((f) => f.endsWith('/shared/tools/deep/answer-questions.json')),
    model.files.join(),
  );
  assert.equal(shape(model).kinds['Answer with AI > Lumi Agent'], 'llm');
  const notes = service.lint(uri)!.findings.filter((f) => f.rule === 'input/incomplete');
  // The escalation workflow is not in this workspace: its call is named, with where it was looked for.
  assert.ok(notes.some((f) => /'Hand over'/.test(f.message) && /every workflow file of the workspace/.test(f.message)));
});

test('n8n: a system message that is an expression is the Set node value it reads, or hidden when not in the export', () => {
  const set = lintFixture('n8n', 'set-node-system-prompt.json');
  assert.deepEqual(set.rules, []);
  const model = parseN8n(
    fixture('n8n', 'set-node-system-prompt.json').uri,
    fixture('n8n', 'set-node-system-prompt.json').text,
  );
  const agent = model.flow!.nodes.find((n) => n.id === 'AI Agent')!;
  assert.match(model.prompts[agent.prompt!].text.text, /^You are the front desk of Vale Physio/);
  assert.deepEqual(lintFixture('n8n', 'sheet-system-prompt.json').rules, ['flow/hidden-llm']);
});

test('n8n: a sub-agent (AI Agent Tool) reached from the chat agent is judged by its own system message', () => {
  const node = (name: string, type: string, parameters: object) => ({ name, type, typeVersion: 2.2, parameters });
  const workflow = (subSystem: string | undefined) => ({
    name: 'Clinic desk',
    nodes: [
      node('WhatsApp Trigger', 'n8n-nodes-base.whatsAppTrigger', { updates: ['messages'] }),
      node('Front Desk', '@n8n/n8n-nodes-langchain.agent', {
        promptType: 'define',
        text: '={{ $json.messages[0].text.body }}',
        options: {
          systemMessage:
            'You are the front desk of Clinica Sol, a dental clinic. Help only with appointments, prices and opening hours; politely decline anything else. If the patient asks for a person, give our reception number +34 911 555 010.',
        },
      }),
      node('Research Agent', '@n8n/n8n-nodes-langchain.agentTool', {
        text: "={{ $fromAI('question', 'The question to research') }}",
        toolDescription: 'Researches a question',
        options: subSystem === undefined ? {} : { systemMessage: subSystem },
      }),
      node('Reply', 'n8n-nodes-base.whatsApp', { operation: 'send', textBody: '={{ $json.output }}' }),
    ],
    connections: {
      'WhatsApp Trigger': { main: [[{ node: 'Front Desk', type: 'main', index: 0 }]] },
      'Research Agent': { ai_tool: [[{ node: 'Front Desk', type: 'ai_tool', index: 0 }]] },
      'Front Desk': { main: [[{ node: 'Reply', type: 'main', index: 0 }]] },
    },
  });
  const rules = (subSystem: string | undefined) => {
    const file = path.join(os.tmpdir(), `wa-n8n-subagent-${subSystem === undefined ? 'none' : subSystem.length}.json`);
    const uri = toUri(file);
    const host = testHost({ [file]: JSON.stringify(workflow(subSystem), null, 2) });
    return createPolicyService({ host })
      .lint(uri)!
      .findings.map((f) => `${f.rule} ${f.message}`);
  };
  const open = rules('You are a general assistant. Answer any question about any topic, like ChatGPT.');
  assert.equal(open.length, 1, open.join('\n'));
  assert.match(open[0], /^flow\/open-domain-llm .*Research Agent/);
  assert.deepEqual(rules(undefined), []);
  assert.deepEqual(rules('You look up treatment prices of Clinica Sol in its price list and nothing else.'), []);
});

test('n8n: an HTTP Request node that posts to a chat-completions API is an LLM judged by its body system message', () => {
  // A JSON body (WAHA bot): the system message is scoped and names a way to a person.
  const scoped = fixture('n8n', 'waha-http-openai-scoped.json');
  const model = parseN8n(scoped.uri, scoped.text);
  const call = model.flow!.nodes.find((n) => n.label === 'OpenAI Chat')!;
  assert.equal(call.kind, 'llm');
  assert.match(model.prompts[call.prompt!].text.text, /^Eres el asistente de WhatsApp/);
  assert.equal(shape(model).kinds['Reply via WAHA'], 'webhook', 'a send to WAHA is no model call');
  assert.deepEqual(lintFixture('n8n', 'waha-http-openai-scoped.json').rules, []);
  // An expression body written as a JavaScript object (Z-API bot): the open prompt is found and named.
  const open = lintFixture('n8n', 'zapi-http-expression-open.json');
  assert.deepEqual(open.rules.sort(), ['flow/no-human-path', 'flow/open-domain-llm']);
  // The user's text alone (no system message) is an LLM with no prompt; a prompt made at run time is hidden.
  const body = (jsonBody: string) =>
    parseN8n(
      scoped.uri,
      scoped.text.replace(/"jsonBody": "=\{[^]*?\}",\n/, `"jsonBody": ${JSON.stringify(jsonBody)},\n`),
    );
  const userOnly = body('={"model":"gpt-4o","messages":[{"role":"user","content":"{{ $json.payload.body }}"}]}');
  const node = userOnly.flow!.nodes.find((n) => n.label === 'OpenAI Chat')!;
  assert.equal(node.kind, 'llm');
  assert.equal(node.prompt, undefined);
  const runtime = body('={"messages":[{"role":"system","content":"{{ $json.prompt }}"}]}');
  assert.equal(runtime.flow!.nodes.find((n) => n.label === 'OpenAI Chat')!.kind, 'webhook');
  assert.ok(runtime.notes.some((n) => n.kind === 'hidden-llm'));
});

test('n8n: a system message read by expression from the items a Code node returns is that literal text', () => {
  const { uri, text } = fixture('n8n', 'code-node-system-prompt.json');
  const model = parseN8n(uri, text);
  const agent = model.flow!.nodes.find((n) => n.id === 'AI Agent')!;
  assert.equal(agent.kind, 'llm');
  const prompt = model.prompts[agent.prompt!].text;
  assert.match(prompt.text, /^You are Lumi, a friendly assistant\. Answer any question/);
  // Mapped back into the jsCode string of the export.
  assert.equal(text.slice(prompt.toSource(0), prompt.toSource(0) + 11), 'You are Lum');
  assert.ok(lintFixture('n8n', 'code-node-system-prompt.json').rules.includes('flow/open-domain-llm'));
  // A scoped literal is judged scoped; a value the code computes is not in the export.
  const scoped = text.replace(
    /You are Lumi, a friendly assistant\.[^`]*`/,
    'You are the Lumi lamp shop assistant. Only help with orders, deliveries and our lamps; politely decline any other subject.`',
  );
  const s = parseN8n(uri, scoped);
  assert.match(s.prompts[s.flow!.nodes.find((n) => n.id === 'AI Agent')!.prompt!].text.text, /^You are the Lumi lamp/);
  const computed = parseN8n(
    uri,
    text.replace(/const systemPrompt = `[^`]*`;/, 'const systemPrompt = await loadPrompt();'),
  );
  assert.equal(computed.flow!.nodes.find((n) => n.id === 'AI Agent')!.kind, 'webhook');
  assert.ok(computed.notes.some((n) => n.kind === 'hidden-llm'));
});

test("n8n: the descriptions of an agent's tools are read with its system message; a tool for any question opens it", () => {
  const { uri, text } = fixture('n8n', 'agent-tool-descriptions.json');
  const m = parseN8n(uri, text);
  const agent = m.flow!.nodes.find((n) => n.id === 'AI Agent')!;
  assert.deepEqual(
    agent.tools?.map((t) => [t.name, t.web]),
    [
      ['check_stock', false],
      ['Wikipedia', true],
    ],
  );
  const unit = m.prompts[agent.prompt!];
  const at = unit.text.text.indexOf('whatever else');
  assert.ok(at > 0, 'the Wikipedia description is part of the prompt');
  assert.equal(text.slice(unit.text.toSource(at), unit.text.toSource(at) + 13), 'whatever else');
  // Fixes append at the end of the system message, not of the last description.
  const end = unit.text.toSource(unit.text.text.length);
  assert.equal(text.slice(end - 16, end), 'when they help."');
  assert.ok(lintFixture('n8n', 'agent-tool-descriptions.json').errors.includes('flow/open-domain-llm'));
  // Without the Wikipedia tool the agent is scoped.
  const scoped = text.replace(
    ',\n    "Wikipedia": { "ai_tool": [[{ "node": "AI Agent", "type": "ai_tool", "index": 0 }]] }',
    '',
  );
  const host = testHost();
  const u = host.set(path.join(os.tmpdir(), 'wa-n8n13-tools', 'scoped.json'), scoped);
  const rules = (createPolicyService({ host }).lint(u)?.findings ?? []).map((f) => f.rule);
  assert.ok(!rules.includes('flow/open-domain-llm'), rules.join(', '));
});
