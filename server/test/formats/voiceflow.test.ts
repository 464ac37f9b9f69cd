import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseVoiceflow } from '../../src/formats/voiceflow/parse';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture, lintFixture, shape } from './formatHelpers';

test('voiceflow: a newer .vf names its agents and prompts by id; the steps get their instructions from the tables', () => {
  const { uri, text } = fixture('voiceflow', 'tables-agent.vf');
  const model = parseVoiceflow(uri, text);
  const { kinds, edges } = shape(model);
  assert.ok(edges.has('block000000000000000a001->agent000000000000000a001'));
  const agent = model.flow!.nodes.find((n) => n.id === 'agent000000000000000a001')!;
  assert.equal(agent.kind, 'llm');
  assert.match(model.prompts[agent.prompt!].text.text, /whatever they ask about, on any topic/);
  assert.deepEqual(
    agent.tools?.map((t) => [t.name, t.web]),
    [['web search', true]],
  );
  // A message step that names a prompt answers with it; one that names a canned response is no LLM.
  const repair = model.flow!.nodes.find((n) => n.id === 'resp0000000000000000a002')!;
  assert.equal(repair.kind, 'llm');
  assert.match(model.prompts[repair.prompt!].text.text, /^You answer questions about bike repairs/);
  assert.notEqual(kinds['resp0000000000000000a001'], 'llm');
  assert.deepEqual(lintFixture('voiceflow', 'tables-agent.vf').rules, ['flow/no-human-path', 'flow/open-domain-llm']);
  // Without the agents table the step has no instructions to read.
  const bare = parseVoiceflow(uri, text.replace('"agents": [', '"agentsOld": ['));
  const step = bare.flow!.nodes.find((n) => n.id === 'agent000000000000000a001')!;
  assert.equal(step.prompt, undefined);
});

test('voiceflow: compiled programs (prompt resources) give the system message of a step that names them', () => {
  const { uri, text } = fixture('voiceflow', 'tables-agent.vf');
  const compiled = text
    .replace('"promptMessages": [', '"promptMessagesOld": [')
    .replace(
      '"variables": [\n      "last_utterance"\n    ]',
      '"variables": [\n      "last_utterance"\n    ],\n    "programResources": {"prompts": {"6710aa00000000000000pr01": {"system": "Only talk about bike repairs."}}}',
    );
  assert.notEqual(compiled, text);
  const model = parseVoiceflow(uri, compiled);
  const repair = model.flow!.nodes.find((n) => n.id === 'resp0000000000000000a002')!;
  assert.equal(model.prompts[repair.prompt!].text.text, 'Only talk about bike repairs.');
});

test('voiceflow: a .vfr runtime file is read from its programs: start, next ids, global intent commands', () => {
  const { uri, text } = fixture('voiceflow', 'lumen-dental.vfr');
  const model = parseVoiceflow(uri, text);
  const { kinds, edges } = shape(model);
  const start = model.flow!.nodes.find((n) => n.kind === 'trigger')!;
  assert.ok(edges.has(`${start.id}->l0000000000000000000001`));
  assert.ok(edges.has('l0000000000000000000002->l0000000000000000000003'));
  assert.ok(edges.has(`${start.id}->l0000000000000000000005`), 'an intent command listens to any message');
  assert.equal(kinds['l0000000000000000000003'], 'llm');
  assert.equal(kinds['l0000000000000000000005'], 'human');
  const lint = lintFixture('voiceflow', 'lumen-dental.vfr');
  assert.equal(lint.kind, 'voiceflow');
  assert.deepEqual(lint.rules, ['flow/open-domain-llm']);
  const host = testHost();
  const other = host.set('/tmp/wa-vf11/notes.vfr', '{"programs": {}, "notes": "no lines"}');
  const skip = createPolicyService({ host }).explainKind(other);
  assert.equal(skip.kind, undefined);
  assert.match(skip.reason ?? '', /without `programs` of `lines`/);
});

test('voiceflow: an export in the test fixtures of a code project is test data, with the reason', () => {
  const { text } = fixture('voiceflow', 'energy-assistant.vf');
  const host = testHost();
  host.set('/tmp/wa-vf11/converter/package.json', '{"name": "vf-converter"}');
  const inTests = host.set('/tmp/wa-vf11/converter/test/fixtures/energy.vf', text);
  const skip = createPolicyService({ host }).explainKind(inTests);
  assert.equal(skip.kind, undefined);
  assert.match(skip.reason ?? '', /test data of a code project: it is under test\/ beside package\.json/);
  const alone = host.set('/tmp/wa-vf11/exports/test/fixtures/energy.vf', text);
  assert.equal(createPolicyService({ host }).kindOf(alone), 'voiceflow', 'no manifest: not a code project');
});

test('voiceflow: steps that name the same agent share one prompt, so the agent gets one finding', () => {
  const { text } = fixture('voiceflow', 'tables-agent.vf');
  type Step = { type: string; nodeID: string; data: { name: string; steps: string[] } };
  const vf = JSON.parse(text) as { diagrams: Record<string, { nodes: Record<string, Step> }> };
  const diagram = Object.values(vf.diagrams).find((d) => d.nodes['agent000000000000000a001'])!;
  const second = structuredClone(diagram.nodes['agent000000000000000a001']);
  second.data.name = 'Assistant (evening)';
  diagram.nodes['agent000000000000000a002'] = { ...second, nodeID: 'agent000000000000000a002' };
  diagram.nodes['block000000000000000a001'].data.steps.push('agent000000000000000a002');
  const host = testHost();
  const uri = host.set('/tmp/wa-voiceflow12/two-steps.vf', JSON.stringify(vf, null, 2));
  const model = parseVoiceflow(uri, host.readFile(uri)!);
  const steps = model.flow!.nodes.filter((n) => /^agent0+a00[12]$/.test(n.id));
  assert.equal(steps.length, 2);
  assert.ok(steps.every((n) => n.kind === 'llm' && n.prompt === steps[0].prompt));
  assert.equal(model.prompts.filter((p) => /whatever they ask about, on any topic/.test(p.text.text)).length, 1);
  const findings = createPolicyService({ host }).lint(uri)!.findings;
  assert.equal(findings.filter((f) => f.rule === 'flow/open-domain-llm').length, 1);
});
