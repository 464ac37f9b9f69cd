import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { parseTree, type ParseError } from 'jsonc-parser';
import { parseCopilotProject, copilotFiles, copilotRoot } from '../../src/formats/copilot-studio/parse';
import { toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { LineIndex } from '../../src/model/text';
import { REPO, testHost } from '../helpers/fsHost';
import { fixture, shape } from './formatHelpers';
import { formatSchemas } from '../../../schemas/formats';

const DIR = path.join(REPO, 'test-fixtures', 'formats', 'copilot-studio');
const uriOf = (rel: string) => toUri(path.join(DIR, rel));

function project(rel: string) {
  const host = testHost();
  const root = copilotRoot(uriOf(rel), host)!;
  const files = copilotFiles(root, host);
  return {
    root,
    files,
    model: parseCopilotProject(
      root,
      files.map((u) => ({ uri: u, text: host.readFile(u)! })),
    ),
  };
}

/** Every finding of every file of a project folder, linted through the service. */
function lintAll(folder: string, host = testHost()): Finding[] {
  const service = createPolicyService({ host });
  const out: Finding[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(...(service.lint(toUri(p))?.findings ?? []));
    }
  };
  walk(path.join(DIR, folder));
  return out;
}

function errorsOf(text: string, uri: string): number {
  if (uri.endsWith('.json')) {
    const errors: ParseError[] = [];
    parseTree(text, errors);
    return errors.length;
  }
  return parseDocument(text).errors.length;
}

/** Applies a fix (edits in any file of the project) in memory, checks each edited file still parses, returns the host. */
function applyFix(fix: Finding['fixes'][number]): ReturnType<typeof testHost> {
  const host = testHost();
  const byUri = new Map<string, typeof fix.edits>();
  for (const e of fix.edits) (byUri.get(e.uri) ?? byUri.set(e.uri, []).get(e.uri)!).push(e);
  for (const [uri, edits] of byUri) {
    let text = host.readFile(uri)!;
    const index = new LineIndex(text);
    const spans = edits
      .map((e) => ({
        s: index.offset(e.range.start.line, e.range.start.character),
        e: index.offset(e.range.end.line, e.range.end.character),
        t: e.newText,
      }))
      .sort((a, b) => b.s - a.s);
    for (const s of spans) text = text.slice(0, s.s) + s.t + text.slice(s.e);
    assert.equal(errorsOf(text, uri), 0, `${uri} no longer parses after "${fix.title}":\n${text}`);
    host.set(new URL(uri).pathname, text);
  }
  return host;
}

test('copilot studio: detection of .mcs.yml, botcomponents data and configuration.json; other YAML stays unrecognised', () => {
  const service = createPolicyService({ host: testHost() });
  assert.equal(service.kindOf(uriOf('scoped-agent/topics/Fallback.mcs.yml')), 'copilot-studio');
  assert.equal(
    service.kindOf(uriOf('solution-export/botcomponents/cr1a2_ordersAgent.topic.Fallback/data')),
    'copilot-studio',
  );
  assert.equal(service.kindOf(uriOf('solution-export/bots/cr1a2_ordersAgent/configuration.json')), 'copilot-studio');
  assert.equal(
    service.kindOf(uriOf('solution-export/botcomponents/cr1a2_ordersAgent.gpt.default/botcomponent.xml')),
    undefined,
  );
  const host = testHost();
  const other = host.set(path.join(DIR, '..', 'tmp-not-copilot', 'data'), 'just: some yaml\n');
  const otherYml = host.set(path.join(DIR, '..', 'tmp-not-copilot', 'topics.yml'), 'kind: AdaptiveDialog\n');
  const cfg = host.set(path.join(DIR, '..', 'tmp-not-copilot', 'bots', 'x', 'configuration.json'), '{"port": 80}');
  const s2 = createPolicyService({ host });
  assert.equal(s2.kindOf(other), undefined);
  assert.equal(s2.kindOf(otherYml), undefined);
  assert.equal(s2.kindOf(cfg), undefined);
});

test('copilot studio: scoped agent model (VS Code layout)', () => {
  const { root, files, model } = project('scoped-agent/topics/OrderStatus.mcs.yml');
  assert.equal(root, uriOf('scoped-agent'));
  assert.equal(files.length, 6);
  assert.deepEqual(model.issues, []);
  const { kinds, edges } = shape(model);
  assert.deepEqual(kinds, {
    user: 'trigger',
    orchestrator: 'llm',
    'topic:escalate': 'other',
    'escalate/sendMessage_transfer': 'reply',
    'escalate/transferConversation_agent': 'human',
    'topic:fallback': 'other',
    'fallback/sendMessage_rephrase': 'reply',
    'topic:orderstatus': 'router',
    'orderstatus/sendStatus': 'reply',
    'topic:returnorder': 'router',
    'returnorder/sendReturnLink': 'reply',
  });
  for (const e of [
    'user->orchestrator',
    'user->topic:fallback',
    'topic:fallback->topic:escalate',
    'user->topic:escalate',
    'topic:escalate->escalate/transferConversation_agent',
    'user->topic:orderstatus',
  ])
    assert.ok(edges.has(e), e);
  const orchestrator = model.flow!.nodes.find((n) => n.id === 'orchestrator')!;
  assert.equal(orchestrator.role, 'fallback');
  assert.equal(model.prompts[orchestrator.prompt!].id, 'instructions');
  assert.match(model.prompts[0].text.text, /^You are the Contoso Shop order assistant/);
  assert.deepEqual(
    model.models.map((m) => [m.provider, m.model]),
    [['azure-openai', 'GPT41']],
  );
  assert.equal(model.flow!.nodes.find((n) => n.id === 'topic:fallback')!.role, 'fallback');
  assert.deepEqual(
    lintAll('scoped-agent').map((f) => f.rule),
    [],
  );
});

test('copilot studio: open agent (model knowledge + web browsing on the fallback) is an error, with setting fixes', () => {
  const { model } = project('open-agent/agent.mcs.yml');
  const llm = model.flow!.nodes.find((n) => n.kind === 'llm')!;
  assert.equal(llm.id, 'conversationalboosting/search-content');
  assert.equal(llm.prompt, undefined, 'model knowledge on: nothing limits the answers');
  assert.equal(llm.role, 'fallback');
  assert.equal(model.notes.filter((n) => n.kind === 'generative-setting').length, 3);
  const findings = lintAll('open-agent');
  assert.deepEqual(findings.map((f) => `${f.rule}:${f.severity}`).sort(), [
    'flow/no-human-path:warning',
    'flow/open-domain-llm:error',
  ]);
  const open = findings.find((f) => f.rule === 'flow/open-domain-llm')!;
  assert.match(
    open.message,
    /applyModelKnowledgeSetting: true, useModelKnowledge: true\) and the whole web \(webBrowsing: true\)/,
  );
  assert.deepEqual(
    open.fixes.map((f) => f.title),
    [
      'Turn off model knowledge and web browsing',
      'Turn off model knowledge (applyModelKnowledgeSetting: false)',
      'Turn off model knowledge (useModelKnowledge: false)',
      'Turn off web browsing (webBrowsing: false)',
    ],
  );
  // Each fix keeps the YAML valid and clears the setting it turns off.
  for (const fix of open.fixes) {
    const after = lintAll('open-agent', applyFix(fix)).filter((f) => f.rule === 'flow/open-domain-llm');
    // With both settings off, the generic agent instructions are what is left to report.
    if (fix.title.includes(' and '))
      assert.deepEqual(
        after.map((f) => [
          f.uri,
          f.message.match(/agent instructions \(agent.mcs.yml\) is not scoped \("Answer any question"\)/)?.[0],
        ]),
        [
          [
            uriOf('open-agent/agent.mcs.yml'),
            'agent instructions (agent.mcs.yml) is not scoped ("Answer any question")',
          ],
        ],
      );
    else
      assert.ok(
        after.every((f) => !f.message.includes(fix.title.includes('web') ? 'webBrowsing' : 'ModelKnowledge')),
        fix.title,
      );
  }
  // No human path: the fix appends a transfer to the fallback topic, indented like its actions.
  const noHuman = findings.find((f) => f.rule === 'flow/no-human-path')!;
  const handoff = noHuman.fixes[0];
  assert.equal(handoff.edits[0].uri, uriOf('open-agent/topics/ConversationalBoosting.mcs.yml'));
  assert.match(
    handoff.edits[0].newText,
    /\n {4}- kind: TransferConversationV2\n {6}id: transferToAgent_waPolicy\n {6}transferType:\n {8}kind: TransferToAgent\n {8}messageToAgent: "/,
  );
  assert.deepEqual(
    lintAll('open-agent', applyFix(handoff)).filter((f) => f.rule === 'flow/no-human-path'),
    [],
  );
});

test('copilot studio: loose topic file is a one-file project; generic additionalInstructions are judged', () => {
  const { files, model } = project('loose-topic/Boost.mcs.yml');
  assert.deepEqual(files, [uriOf('loose-topic/Boost.mcs.yml')]);
  const llm = model.flow!.nodes.find((n) => n.kind === 'llm')!;
  assert.equal(model.prompts[llm.prompt!].id, 'additionalInstructions:boost/search-content');
  assert.ok(model.notes.some((n) => n.detail?.startsWith('publicDataSource')));
  const findings = lintAll('loose-topic');
  // Judged without the agent's definition, which it says (input/incomplete).
  assert.deepEqual(findings.map((f) => `${f.rule}:${f.severity}`).sort(), [
    'flow/no-human-path:warning',
    'flow/open-domain-llm:error',
    'input/incomplete:info',
  ]);
  const fix = findings.find((f) => f.rule === 'flow/no-human-path')!.fixes[0];
  assert.deepEqual(
    lintAll('loose-topic', applyFix(fix)).filter((f) => f.rule === 'flow/no-human-path'),
    [],
  );
});

test('copilot studio: solution export (botcomponents data + configuration.json), mixed: scoped topics, open settings', () => {
  const { root, files, model } = project('solution-export/botcomponents/cr1a2_ordersAgent.topic.Fallback/data');
  assert.equal(root, uriOf('solution-export'));
  assert.equal(files.filter((u) => u.endsWith('/data') || u.endsWith('.json')).length, 6);
  assert.ok(
    files.some((u) => u.endsWith('/botcomponent.xml')),
    "components' botcomponent.xml (their statecode)",
  );
  assert.deepEqual(model.issues, []);
  assert.equal(model.prompts.length, 0, 'empty instructions are no prompt');
  const { kinds, edges } = shape(model);
  assert.equal(
    kinds['escalate/sendMessage_notConfigured'],
    'reply',
    "the default Escalate topic ('not currently configured') is no handoff",
  );
  assert.equal(kinds['topic:orderstatus'], 'router');
  assert.equal(kinds['topic:greeting'], 'router');
  assert.equal(model.flow!.nodes.find((n) => n.id === 'topic:greeting')!.role, 'chitchat');
  assert.ok(edges.has('topic:fallback->topic:escalate'));
  assert.deepEqual(
    model.models.map((m) => m.provider),
    ['anthropic'],
  );
  const findings = lintAll('solution-export');
  assert.deepEqual(findings.map((f) => `${f.rule}:${f.severity}`).sort(), [
    'flow/no-human-path:warning',
    'flow/open-domain-fallback:error',
  ]);
  const open = findings.find((f) => f.rule === 'flow/open-domain-fallback')!;
  assert.ok(open.uri.endsWith('/configuration.json'));
  for (const fix of open.fixes) applyFix(fix);
  assert.deepEqual(
    lintAll('solution-export', applyFix(open.fixes[0])).filter((f) => f.rule.startsWith('flow/open-domain')),
    [],
  );
  const handoff = findings.find((f) => f.rule === 'flow/no-human-path')!.fixes[0];
  assert.ok(handoff.edits[0].uri.endsWith('cr1a2_ordersAgent.topic.Fallback/data'));
  assert.deepEqual(
    lintAll('solution-export', applyFix(handoff)).filter((f) => f.rule === 'flow/no-human-path'),
    [],
  );
});

test('copilot studio: fixtures match the loose zod schemas', () => {
  const host = testHost();
  for (const folder of ['scoped-agent', 'open-agent', 'loose-topic', 'solution-export']) {
    const any =
      folder === 'solution-export'
        ? 'solution-export/bots/cr1a2_ordersAgent/configuration.json'
        : folder === 'loose-topic'
          ? 'loose-topic/Boost.mcs.yml'
          : `${folder}/agent.mcs.yml`;
    for (const uri of copilotFiles(copilotRoot(uriOf(any), host)!, host)) {
      if (uri.endsWith('.xml')) continue;
      const text = host.readFile(uri)!;
      const value = uri.endsWith('.json') ? JSON.parse(text) : parseDocument(text).toJS();
      const schema = uri.endsWith('.json')
        ? formatSchemas['copilot-studio-configuration']
        : value.kind === 'AdaptiveDialog'
          ? formatSchemas['copilot-studio-topic']
          : value.kind === 'GptComponentMetadata'
            ? formatSchemas['copilot-studio-agent']
            : formatSchemas['copilot-studio-settings'];
      const r = schema.safeParse(value);
      assert.ok(r.success, `${uri}: ${r.error?.message}`);
    }
  }
});

test('copilot-studio: child agents (agents/<Name>/agent.mcs.yml, AgentDialog OnToolSelected) belong to the agent above', () => {
  const service = createPolicyService({ host: testHost() });
  const chat = fixture('copilot-studio', 'child-agents/agents/Chat/agent.mcs.yml').uri;
  const model = service.modelOf(chat)!;
  assert.ok(
    model.files.some((f) => f.endsWith('/child-agents/agent.mcs.yml')),
    model.files.join(),
  );
  const kinds = shape(model).kinds;
  assert.equal(kinds['topic:chat'], 'llm');
  assert.equal(kinds['topic:returns'], 'llm');
  assert.ok(shape(model).edges.has('orchestrator->topic:chat'));
  // The scoped child agent is judged by its own instructions; the catch-all one is the open fallback.
  const open = service.lint(chat)!.findings.filter((f) => f.rule === 'flow/open-domain-fallback');
  assert.equal(open.length, 1);
  assert.match(open[0].message, /child agent 'Chat'/);
});

test('copilot studio: a topic turned off (statecode 1 in its botcomponent.xml) and a "not configured" escalation in Spanish are no path to a person', () => {
  const topic = 'solution-export/botcomponents/cr1a2_ordersAgent.topic.Escalate';
  const transfer = fs.readFileSync(path.join(DIR, 'scoped-agent/topics/Escalate.mcs.yml'), 'utf8');
  const xml = (state: number) =>
    `<botcomponent schemaname="cr1a2_ordersAgent.topic.Escalate">\n  <componenttype>9</componenttype>\n  <statecode>${state}</statecode>\n  <statuscode>${state + 1}</statuscode>\n</botcomponent>\n`;
  const noHuman = (files: Record<string, string>) => {
    const host = testHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(DIR, k), v])));
    return lintAll('solution-export', host).some((f) => f.rule === 'flow/no-human-path');
  };
  assert.equal(noHuman({ [`${topic}/data`]: transfer, [`${topic}/botcomponent.xml`]: xml(0) }), false);
  assert.equal(noHuman({ [`${topic}/data`]: transfer, [`${topic}/botcomponent.xml`]: xml(1) }), true);
  const spanish = transfer.replace(
    /actions:[\s\S]*/,
    'actions:\n    - kind: SendActivity\n      id: sendMessage_esc\n      conversationOutcome: Escalated\n      activity: La transferencia a un asesor todavía no está configurada para este asistente.\n',
  );
  assert.equal(noHuman({ [`${topic}/data`]: spanish }), true);
});

test('copilot studio: answers limited to listed sites are grounded in the business site; a general site opens them', () => {
  const topic = (site: string) =>
    [
      'kind: AdaptiveDialog',
      'beginDialog:',
      '  kind: OnUnknownIntent',
      '  id: main',
      '  priority: -1',
      '  actions:',
      '    - kind: SearchAndSummarizeContent',
      '      id: search-content',
      '      userInput: =System.Activity.Text',
      '      publicDataSource:',
      '        sites:',
      `          - ${site}`,
      '',
    ].join('\n');
  const lint = (site: string) => {
    const host = testHost();
    const uri = host.set('/tmp/wa-cps-sites/topics/Boosting.mcs.yml', topic(site));
    return createPolicyService({ host }).lint(uri)!.findings;
  };
  const own = lint('https://www.lindenhof-zahnarzt.de/praxis');
  assert.ok(!own.some((f) => f.rule === 'flow/open-domain-llm'), own.map((f) => f.message).join('\n'));
  const general = lint('https://en.wikipedia.org/');
  const open = general.find((f) => f.rule === 'flow/open-domain-llm');
  assert.ok(open, general.map((f) => f.rule).join());
  assert.match(open.message, /general websites \(https:\/\/en\.wikipedia\.org\/\)/);
});
