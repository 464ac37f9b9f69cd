import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { REPO, runCli, runJson } from './helpers';

/** Copies the format fixtures (real-layout projects of every format) under one tree with unrelated files. */
function mixedTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-walk-'));
  fs.cpSync(path.join(REPO, 'test-fixtures', 'formats'), path.join(root, 'bots'), { recursive: true });
  fs.cpSync(
    path.join(REPO, 'test-fixtures', 'flow', 'open-domain-llm', 'inbox.json'),
    path.join(root, 'automation', 'inbox.json'),
  );
  fs.writeFileSync(path.join(root, 'package.json'), '{"name": "shop", "version": "1.0.0"}\n');
  fs.mkdirSync(path.join(root, 'partial', 'data'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'partial', 'data', 'flows.yml'),
    'flows:\n  greet:\n    description: Greet\n    steps:\n      - action: utter_greet\n',
  );
  // A Dialogflow CX agent.json whose flows were not exported with it.
  fs.mkdirSync(path.join(root, 'partial-cx'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'partial-cx', 'agent.json'),
    '{"defaultLanguageCode": "en", "timeZone": "Europe/Madrid", "startFlow": "00000000-0000-0000-0000-000000000000"}\n',
  );
  // The same Dialogflow CX agent as its console download: a zip with a top folder and macOS copies.
  const entries: Record<string, Uint8Array> = { '__MACOSX/agent/._agent.json': new Uint8Array([0, 5, 22, 7]) };
  const cx = path.join(REPO, 'test-fixtures', 'formats', 'dialogflow-cx', 'open-agent');
  for (const e of fs.readdirSync(cx, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      entries[`agent/${path.relative(cx, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`] = new Uint8Array(
        fs.readFileSync(path.join(e.parentPath, e.name)),
      );
  fs.mkdirSync(path.join(root, 'downloads'), { recursive: true });
  fs.writeFileSync(path.join(root, 'downloads', 'support-agent.zip'), zipSync(entries));
  return root;
}

test('the folder walk finds every bot of a tree of mixed real-layout projects, with its format', () => {
  const root = mixedTree();
  const r = runJson(['.'], root);
  const kinds = new Map<string, Set<string>>();
  for (const e of r.json) {
    const project = e.file.split('/').slice(0, 3).join('/');
    (kinds.get(e.kind) ?? kinds.set(e.kind, new Set()).get(e.kind)!).add(project);
  }
  const expect: Record<string, string[]> = {
    // Agent-framework configs (CrewAI, OpenAI Agents-style, graph configs, an assistant's app config) and an XML prompt.
    'system-prompt': [
      'bots/agents/assistant-config',
      'bots/agents/crew-open',
      'bots/agents/crew-scoped',
      'bots/agents/graph-whatsapp',
      'bots/agents/openai-agents',
      'bots/agents/xml-prompt',
    ],
    'dialogflow-cx': [
      'bots/dialogflow-cx/console-export',
      'bots/dialogflow-cx/open-agent',
      'bots/dialogflow-cx/playbook-tools',
      'bots/dialogflow-cx/scoped-agent',
      'bots/dialogflow-cx/whatsapp-datastore-agent',
      'downloads/support-agent.zip',
      'partial-cx/agent.json',
    ],
    rasa: [
      'bots/rasa/calm-demo-layout',
      'bots/rasa/classic-whatsapp',
      'bots/rasa/custom-actions',
      'partial/data/flows.yml',
    ],
    'copilot-studio': [
      'bots/copilot-studio/child-agents',
      'bots/copilot-studio/loose-topic',
      'bots/copilot-studio/open-agent',
      'bots/copilot-studio/scoped-agent',
      'bots/copilot-studio/solution-export',
    ],
    dify: [
      'bots/dify/clinic-chatflow.yml',
      'bots/dify/desk-handoff-agent.yml',
      'bots/dify/jinja-system-prompt.yml',
      'bots/dify/order-help-chat.yml',
      'bots/dify/user-turn-instructions.yml',
    ],
    langflow: [
      'bots/langflow/basic-prompting-open.json',
      'bots/langflow/ferry-support-agent.json',
      'bots/langflow/slots-rag.json',
    ],
    voiceflow: [
      'bots/voiceflow/energy-assistant.vf',
      'bots/voiceflow/kayak-prompt-step.vf',
      'bots/voiceflow/lumen-dental.vfr',
      'bots/voiceflow/tables-agent.vf',
    ],
    flowise: [
      'bots/flowise/agentflow-v2-smalltalk.json',
      'bots/flowise/api-chatflow-flowdata.json',
      'bots/flowise/open-domain-conversation.json',
      'bots/flowise/scoped-handoff.json',
      'bots/flowise/structured-output-tagger.json',
    ],
    typebot: [
      'bots/typebot/open-domain-chatgpt.json',
      'bots/typebot/openai-assistant-loop.json',
      'bots/typebot/scoped-handoff.json',
      'bots/typebot/v5-start-block-user-only.json',
      'bots/typebot/v6-assistant-item-edges.json',
      'bots/typebot/v6-chatwoot-widget.json',
      'bots/typebot/v6-condition-admin-link.json',
    ],
    'twilio-studio': [
      'bots/twilio-studio/function-prompt-flex.json',
      'bots/twilio-studio/gpt-body-prompt.json',
      'bots/twilio-studio/marker-flex-handoff.json',
      'bots/twilio-studio/open-domain-gpt.json',
      'bots/twilio-studio/outbound-reminder.json',
      'bots/twilio-studio/scoped-handoff.json',
      'bots/twilio-studio/serverless-clinic',
      'bots/twilio-studio/serverless-concierge',
      'bots/twilio-studio/whatsapp-connect-call-voice-only.json',
      'bots/twilio-studio/whatsapp-team-phone-number.json',
    ],
    n8n: [
      'automation/inbox.json',
      'bots/n8n/agent-tool-descriptions.json',
      'bots/n8n/approval-gate.json',
      'bots/n8n/chain-define-text.json',
      'bots/n8n/code-node-system-prompt.json',
      'bots/n8n/digest.json',
      'bots/n8n/evolution-webhook-text-prompt.json',
      'bots/n8n/marker-switch-disabled.json',
      'bots/n8n/openai-assistant.json',
      'bots/n8n/parcelo.json',
      'bots/n8n/set-node-system-prompt.json',
      'bots/n8n/sheet-system-prompt.json',
      'bots/n8n/site-assistant-tools.json',
      'bots/n8n/subflows',
      'bots/n8n/waha-http-openai-scoped.json',
      'bots/n8n/zapi-http-expression-open.json',
    ],
  };
  for (const [kind, projects] of Object.entries(expect))
    assert.deepEqual([...(kinds.get(kind) ?? [])].sort(), projects, kind);
  // Every file of the Dialogflow export and the Rasa project is read as part of its project.
  assert.equal(r.json.filter((e) => e.file.startsWith('bots/dialogflow-cx/console-export/')).length, 12);
  assert.equal(r.json.filter((e) => e.file.startsWith('bots/rasa/calm-demo-layout/')).length, 7);
  assert.ok(!r.json.some((e) => e.file.startsWith('bots/skip/') || e.file === 'package.json'));
  // Partial projects are found and say what is missing, instead of being skipped in silence.
  for (const [file, missing] of [
    ['partial/data/flows.yml', /no config\.yml .*and no domain\.yml/],
    ['partial-cx/agent.json', /without its flows\/ or playbooks\/ folder/],
  ] as const) {
    const findings = r.json.find((e) => e.file === file)!.findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity]),
      [['input/incomplete', 'info']],
      file,
    );
    assert.match(findings[0].message, missing);
  }
  // Topics without their agent are judged, and say what is not known.
  const loose = r.json.find((e) => e.file === 'bots/copilot-studio/loose-topic/Boost.mcs.yml')!.findings;
  assert.match(
    loose.find((f) => f.rule === 'input/incomplete')?.message ?? '',
    /topics without the agent's definition/,
  );
  // The zipped export is read in memory: the same findings as its folder, on the archive.
  const zipped = r.json.find((e) => e.file === 'downloads/support-agent.zip')!.findings.map((f) => f.rule);
  assert.deepEqual(zipped.sort(), [
    'flow/general-intent',
    'flow/no-human-path',
    'flow/open-domain-fallback',
    'flow/open-domain-llm',
  ]);
  // Agent configs: the WhatsApp-facing agents are judged (open ones flagged), internal and staff agents are not.
  const agentRules = (file: string) =>
    r.json
      .find((e) => e.file === `bots/agents/${file}`)!
      .findings.map((f) => f.rule)
      .sort();
  assert.deepEqual(agentRules('crew-open/config/agents.yaml'), [
    'prompt/no-human-escalation',
    'prompt/open-domain-grant',
  ]);
  assert.deepEqual(agentRules('crew-scoped/config/agents.yaml'), []);
  assert.deepEqual(agentRules('openai-agents/agents.json'), []);
  assert.deepEqual(agentRules('graph-whatsapp/graph.yaml'), ['prompt/no-human-escalation', 'prompt/open-domain-grant']);
  assert.deepEqual(agentRules('assistant-config/config/assistant.yaml'), ['prompt/open-domain-grant']);
  assert.ok(!r.json.some((e) => e.file === 'bots/agents/crew-open/config/tasks.yaml'));
  // The n8n export and the workflows it calls: one model, the sub-workflows' own files are read too.
  assert.equal(r.json.filter((e) => e.file.startsWith('bots/n8n/subflows/')).length, 3);
});

test('--explain-skips lists each skipped file with the reason', () => {
  const root = mixedTree();
  const r = runCli(['--format', 'json', '--explain-skips', '.'], root);
  assert.match(
    r.stderr,
    /skipped bots\/skip\/whatsapp-flows\.json: not a bot prompt or flow file \(a WhatsApp Flows JSON/,
  );
  assert.match(
    r.stderr,
    /skipped package\.json: not a bot prompt or flow file \(Plain system prompt: package\.json is a project manifest, not a prompt/,
  );
  assert.doesNotMatch(r.stderr, /skipped partial/);
  // Without the flag, files found by the walk are skipped silently.
  assert.equal(runCli(['--format', 'json', '.'], root).stderr, '');
});

test('SARIF results carry partialFingerprints and never repeat a location', () => {
  const root = mixedTree();
  const log = JSON.parse(runCli(['--format', 'sarif', '.'], root).stdout);
  const results = log.runs[0].results as {
    partialFingerprints: Record<string, string>;
    locations: { physicalLocation: unknown }[];
    relatedLocations?: { physicalLocation: unknown }[];
  }[];
  assert.ok(results.length > 10);
  const prints = results.map((r) => r.partialFingerprints['waPolicyFinding/v1']);
  assert.ok(
    prints.every((p) => /^[0-9a-f]{32,64}(:[0-9]+)?$/.test(p)),
    prints.join(' '),
  );
  assert.equal(new Set(prints).size, prints.length, 'one finding per cause: no two results share a fingerprint');
  for (const r of results) {
    const places = [r.locations[0], ...(r.relatedLocations ?? [])].map((l) => JSON.stringify(l.physicalLocation));
    assert.equal(new Set(places).size, places.length);
  }
});
