import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRasaProject } from '../../src/formats/rasa/parse';
import { flowWalkStats } from '../../src/formats/rasa/flowCache';
import { YamlChunkCache } from '../../src/formats/shared/yamlChunks';
import { parseYaml } from '../../src/formats/shared/yamlSource';
import type { ProjectFile } from '../../src/formats/types';

const ROOT = 'file:///proj';
const CONFIG = `${ROOT}/config.yml`;
const DOMAIN = `${ROOT}/domain.yml`;
const FLOWS = `${ROOT}/data/flows.yml`;

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = [
  'utter_done',
  'utter_call_us',
  'action_transfer_to_agent',
  'utter_no_human_available',
  'utter_free_chitchat_response',
  'action_trigger_search',
  'action_trigger_chitchat',
  'action_check_balance',
];

function flowsFile(n: number): string {
  const out = ['version: "3.1"', 'flows:'];
  for (let i = 0; i < n; i++) {
    const a = ACTIONS[i % ACTIONS.length];
    const b = ACTIONS[(i * 7 + 3) % ACTIONS.length];
    out.push(
      `  ${i === n - 1 ? 'pattern_human_handoff' : i === n - 2 ? 'pattern_chitchat' : `flow_${i}`}:`,
      `    description: The customer wants task number ${i} done.`,
      '    steps:',
      `      - collect: slot_${i}`,
      `      - action: ${a}`,
      '        next:',
      `          - if: slots.slot_${i} > ${i}`,
      '            then:',
      `              - action: ${b}`,
      `              - link: flow_${(i + 1) % n}`,
      '          - else:',
      `              - action: utter_done`,
      `              - call: flow_${(i + 5) % n}`,
      '',
    );
  }
  return out.join('\n');
}

function domainFile(): string {
  const out = ['version: "3.1"', 'responses:'];
  out.push('  utter_done:', '    - text: Done.');
  out.push('  utter_call_us:', '    - text: Call our team at +1 415 362 0101.');
  out.push('  utter_no_human_available:', '    - text: Nobody is available.');
  for (let i = 0; i < 400; i++)
    out.push(`  utter_filler_${i}:`, `    - text: Filler response number ${i} for padding.`);
  return out.join('\n') + '\n';
}

const CONFIG_TEXT =
  'recipe: default.v1\nlanguage: en\npipeline:\n  - name: SingleStepLLMCommandGenerator\npolicies:\n  - name: FlowPolicy\n  - name: EnterpriseSearchPolicy\n';

/** A model as plain data (prompts' texts read, functions dropped) to compare two parses. */
function plain(files: ProjectFile[], parse?: (uri: string, text: string) => ReturnType<typeof parseYaml>): string {
  const model = parseRasaProject(ROOT, files, parse);
  return JSON.stringify({ ...model, prompts: model.prompts.map((p) => ({ ...p, text: p.text.text })) });
}

/** One random edit of `text`: a character, a word, a line removed, a flow inserted, an action renamed. */
function edit(text: string, r: () => number): string {
  const kind = Math.floor(r() * 6);
  const lines = text.split('\n');
  const line = 2 + Math.floor(r() * (lines.length - 2));
  if (kind === 0) {
    const at = text.indexOf('description:', Math.floor(r() * text.length));
    return at < 0 ? text : text.slice(0, at + 13) + 'x' + text.slice(at + 13);
  }
  if (kind === 1) {
    const at = text.indexOf('task number', Math.floor(r() * text.length));
    return at < 0 ? text : text.slice(0, at) + 'urgent ' + text.slice(at);
  }
  if (kind === 2 && /^\s+description:/.test(lines[line]))
    return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
  if (kind === 3) {
    const at = text.indexOf('\n  flow_', Math.floor(r() * text.length));
    const inserted = `\n  flow_new_${Math.floor(r() * 1e6)}:\n    description: inserted\n    steps:\n      - action: utter_call_us`;
    return at < 0 ? text : text.slice(0, at) + inserted + text.slice(at);
  }
  const from = ACTIONS[Math.floor(r() * ACTIONS.length)];
  const to = ACTIONS[Math.floor(r() * ACTIONS.length)];
  const at = text.indexOf(`action: ${from}`, Math.floor(r() * text.length));
  return at < 0 ? text : text.slice(0, at) + `action: ${to}` + text.slice(at + 8 + from.length);
}

test('rasa flows replayed from the per-flow cache give the model a fresh parse gives, across 60 random edits', () => {
  const r = rng(12);
  const caches = new Map<string, YamlChunkCache>();
  const cached = (uri: string, text: string) =>
    (caches.get(uri) ?? caches.set(uri, new YamlChunkCache()).get(uri)!).parse(uri, text);
  let flows = flowsFile(80);
  let domain = domainFile();
  assert.ok(flows.length > 16 * 1024 && domain.length > 16 * 1024, 'both files are parsed piece by piece');
  const before = flowWalkStats.replayed;
  for (let i = 0; i < 60; i++) {
    const files: ProjectFile[] = [
      { uri: CONFIG, text: CONFIG_TEXT },
      { uri: DOMAIN, text: domain },
      { uri: FLOWS, text: flows },
    ];
    assert.equal(plain(files, cached), plain(files, parseYaml), `edit ${i}`);
    if (i % 10 === 9) {
      // A domain edit: the response a step reads changes (a contact appears or goes), so its flows are walked again.
      domain = domain.includes('Nobody is available.')
        ? domain.replace('Nobody is available.', 'Ask at the front desk or call +1 415 362 0199.')
        : domain.replace('Ask at the front desk or call +1 415 362 0199.', 'Nobody is available.');
    } else flows = edit(flows, r);
  }
  assert.ok(flowWalkStats.replayed - before > 80 * 40, `replayed ${flowWalkStats.replayed - before} flows`);
});

test('a flow whose response changes in the domain is walked again (its node is no longer a contact)', () => {
  const cache = new YamlChunkCache();
  const flows = flowsFile(120);
  const files = (domain: string): ProjectFile[] => [
    { uri: CONFIG, text: CONFIG_TEXT },
    { uri: DOMAIN, text: domain },
    { uri: FLOWS, text: flows },
  ];
  const parse = (uri: string, text: string) => (uri === FLOWS ? cache.parse(uri, text) : parseYaml(uri, text));
  const human = (domain: string) =>
    parseRasaProject(ROOT, files(domain), parse)
      .flow!.nodes.filter((n) => n.label.startsWith('utter_call_us'))
      .map((n) => n.kind);
  assert.ok(human(domainFile()).every((k) => k === 'human'));
  assert.ok(human(domainFile().replace('Call our team at +1 415 362 0101.', 'Thanks.')).every((k) => k === 'reply'));
});
