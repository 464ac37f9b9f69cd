/**
 * The n8n and Twilio Studio handoff fixes on large exports (issue 11): their edits are insertions and value
 * replacements at their own places — the rest of the file is left byte for byte, whatever its layout (pretty-printed
 * with two or four spaces or tabs, one line, CRLF) — and they are built only when read (`codeAction/resolve`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import { n8nHandoffFix } from '../../src/formats/n8n/handoffFix';
import { parseTwilioStudio } from '../../src/formats/twilio-studio/parse';
import { twilioHandoffFix } from '../../src/formats/twilio-studio/handoffFix';
import { hasRootKey } from '../../src/formats/shared/jsonInsert';
import type { FileEdit, Fix } from '../../src/model/fixes';
import type { Rule, RuleFinding } from '../../src/rules/types';
import { toFindings } from '../../src/service/findings';
import { localizeFinding } from '../../src/l10n/finding';
import { DEFAULT_CONFIG } from '../../src/config/load';
import { LineIndex } from '../../src/model/text';
import { REPO } from '../helpers/fsHost';

function apply(text: string, edits: readonly FileEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start))
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** The text outside the edits is the file's own: what the edits leave equals the original around them. */
function keepsTheRest(before: string, edits: readonly FileEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].span.end <= sorted[i].span.start, 'edits overlap');
  const replaced = sorted.reduce((n, e) => n + (e.span.end - e.span.start), 0);
  assert.ok(replaced < 200, `${replaced} characters of the file replaced`);
}

function largeN8n(nodes: number, indent: string | number | undefined, eol: string): string {
  const list: unknown[] = [{ name: 'WhatsApp Trigger', type: 'n8n-nodes-base.whatsAppTrigger', parameters: {} }];
  for (let i = 0; i < nodes; i++)
    list.push({ id: `s${i}`, name: `Set ${i}`, type: 'n8n-nodes-base.set', parameters: { k: `v ${i}`.repeat(20) } });
  list.push({
    name: 'AI Agent',
    type: '@n8n/n8n-nodes-langchain.agent',
    position: [100, 200],
    parameters: { options: { systemMessage: 'Help with orders of Sunny Shoes.' } },
  });
  const connections: Record<string, unknown> = {
    'WhatsApp Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
  };
  for (let i = 0; i < nodes; i++)
    connections[`Set ${i}`] = { main: [[{ node: `Set ${i + 1}`, type: 'main', index: 0 }]] };
  return JSON.stringify({ name: 'Shop', nodes: list, connections, settings: {} }, null, indent).replace(/\n/g, eol);
}

const LAYOUTS: [string, string | number | undefined, string][] = [
  ['two spaces', 2, '\n'],
  ['four spaces, CRLF', 4, '\r\n'],
  ['tabs', '\t', '\n'],
  ['one line', undefined, '\n'],
];

for (const [label, indent, eol] of LAYOUTS)
  test(`n8n handoff fix on a 3,000-node export (${label}): insertions in place, the rest of the file kept`, () => {
    const uri = `/ws/workflows/minimal-${label.replace(/\W+/g, '-')}.json`;
    const text = largeN8n(3000, indent, eol);
    assert.ok(text.length > 500_000);
    const model = parseN8n(uri, text);
    const fix = n8nHandoffFix({ textOf: () => text }, model, model.flow!.nodes, 'Offer a person when asked.');
    assert.ok(fix);
    assert.equal(typeof Object.getOwnPropertyDescriptor(fix, 'edits')?.get, 'function', 'edits built on demand');
    const edits = fix.edits;
    assert.equal(fix.edits, edits, 'built once');
    keepsTheRest(text, edits);
    assert.ok(edits.reduce((n, e) => n + e.newText.length, 0) < 3000, 'the edits hold what they add, not the export');
    const after = apply(text, edits);
    const json = JSON.parse(after);
    const names = json.nodes.map((n: { name: string }) => n.name);
    assert.deepEqual(names.slice(-2), ['Human handoff?', 'Notify human agent']);
    assert.equal(json.nodes.length, 3004);
    assert.deepEqual(json.connections['AI Agent'], { main: [[{ node: 'Human handoff?', type: 'main', index: 0 }]] });
    assert.deepEqual(json.connections['Human handoff?'].main[0], [
      { node: 'Notify human agent', type: 'main', index: 0 },
    ]);
    assert.deepEqual(json.settings, {});
    assert.match(json.nodes.at(-3).parameters.options.systemMessage, /Offer a person when asked\. \[HANDOFF\]\.?$/);
    // Laid out as the file is: the added lines use its line ending and indentation, a one-line file stays one line.
    if (indent === undefined) assert.ok(!/[\r\n]/.test(after));
    else {
      const unit = typeof indent === 'number' ? ' '.repeat(indent) : indent;
      for (const e of edits.slice(1)) {
        assert.ok(!e.newText.replace(/\r\n/g, '').includes(eol === '\n' ? '\r' : '\n'), 'mixed line endings');
        assert.ok(
          e.newText.includes(`${eol}${unit}${unit}`),
          `indentation of ${JSON.stringify(e.newText.slice(0, 40))}`,
        );
      }
      assert.equal(after, JSON.stringify(json, null, indent).replace(/\n/g, eol), 'as the file would be written');
    }
  });

test('n8n handoff fix: an LLM whose output already goes somewhere gets one more link, an empty connections object its first', () => {
  const uri = '/ws/workflows/linked.json';
  const base = JSON.parse(largeN8n(3, 2, '\n'));
  base.connections['AI Agent'] = { main: [[{ node: 'Set 1', type: 'main', index: 0 }]] };
  for (const connections of [base.connections, {}]) {
    const text = JSON.stringify({ ...base, connections }, null, 2);
    const model = parseN8n(uri, text);
    const fix = n8nHandoffFix({ textOf: () => text }, model, model.flow!.nodes, 'Offer a person.')!;
    const json = JSON.parse(apply(text, fix.edits));
    const links = json.connections['AI Agent'].main[0].map((l: { node: string }) => l.node);
    assert.deepEqual(links, Object.keys(connections).length ? ['Set 1', 'Human handoff?'] : ['Human handoff?']);
    assert.equal(apply(text, fix.edits), JSON.stringify(json, null, 2));
  }
});

const TWILIO = path.join(REPO, 'test-fixtures', 'formats', 'twilio-studio');

test('Twilio handoff fix: the new states appended and the transitions rerouted in place, pretty-printed or on one line', () => {
  const uri = '/ws/flows/studio-flow.json';
  const source = JSON.parse(fs.readFileSync(path.join(TWILIO, 'open-domain-gpt.json'), 'utf8'));
  // A large flow: many send-message states after the fixture's own.
  for (let i = 0; i < 2000; i++)
    source.states.push({
      name: `note_${i}`,
      type: 'send-message',
      transitions: [{ event: 'sent' }],
      properties: { body: `Note ${i}` },
    });
  for (const [indent, eol] of [
    [2, '\n'],
    [4, '\r\n'],
    [undefined, '\n'],
  ] as const) {
    const text = JSON.stringify(source, null, indent).replace(/\n/g, eol);
    const model = parseTwilioStudio(uri, text);
    const fix = twilioHandoffFix({ textOf: () => text }, model);
    assert.ok(fix, 'a fix is offered');
    assert.equal(typeof Object.getOwnPropertyDescriptor(fix, 'edits')?.get, 'function');
    keepsTheRest(text, fix.edits);
    const after = apply(text, fix.edits);
    const json = JSON.parse(after);
    const trigger = json.states.find((s: { type: string }) => s.type === 'trigger');
    const message = trigger.transitions.find((t: { event: string }) => t.event === 'incomingMessage');
    assert.equal(message.next, 'wants_human');
    assert.ok(json.states.some((s: { name: string }) => s.name === 'handoff_to_agent'));
    if (indent !== undefined) assert.equal(after, JSON.stringify(json, null, indent).replace(/\n/g, eol));
    else assert.ok(!/[\r\n]/.test(after));
  }
});

test('Twilio handoff fix: none for a flow wrapped by the REST API, or that already has the handoff', () => {
  const uri = '/ws/flows/wrapped.json';
  const definition = JSON.parse(fs.readFileSync(path.join(TWILIO, 'open-domain-gpt.json'), 'utf8'));
  const wrapped = JSON.stringify({ sid: 'FW1', friendly_name: 'x', definition }, null, 2);
  assert.equal(twilioHandoffFix({ textOf: () => wrapped }, parseTwilioStudio(uri, wrapped)), undefined);
  const text = JSON.stringify(definition, null, 2);
  const fix = twilioHandoffFix({ textOf: () => text }, parseTwilioStudio(uri, text))!;
  const fixed = apply(text, fix.edits);
  assert.equal(twilioHandoffFix({ textOf: () => fixed }, parseTwilioStudio(uri, fixed)), undefined);
});

test('hasRootKey reads the top-level keys only, strings skipped', () => {
  assert.equal(hasRootKey('{"states": []}', 'states'), true);
  assert.equal(hasRootKey('{"definition": {"states": []}}', 'states'), false);
  assert.equal(hasRootKey('{"a": "\\"states\\": 1", "b": {"states": 2}}', 'states'), false);
  assert.equal(hasRootKey('{"a": ["states"], "states"\r\n :1}', 'states'), true);
  assert.equal(hasRootKey('["states"]', 'states'), false);
});

test('a finding keeps its fixes unbuilt until their edits are read, localized or not', () => {
  let built = 0;
  const fix: Fix = {
    title: 'Add a human-handoff step',
    l10n: { key: 'fix.twilioHandoff' },
    get edits() {
      built++;
      return [{ uri: '/ws/a.json', span: { start: 1, end: 1 }, newText: 'x' }];
    },
  };
  const rule = { id: 'flow/no-human-path', clause: 'WA-HUMAN-ESCALATION', defaultLevel: 'warning' } as unknown as Rule;
  const finding: RuleFinding = {
    ref: { uri: '/ws/a.json', span: { start: 0, end: 1 } },
    message: 'm',
    why: 'w',
    fixes: [fix],
  };
  const [f] = toFindings([{ rule, finding }], DEFAULT_CONFIG, () => new LineIndex('{}\n'));
  const es = localizeFinding(f, 'es');
  assert.equal(built, 0, 'nothing built by the lint');
  assert.notEqual(es.fixes[0].title, 'Add a human-handoff step');
  assert.deepEqual(es.fixes[0].edits, [
    { uri: '/ws/a.json', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: 'x' },
  ]);
  assert.equal(f.fixes[0].edits, es.fixes[0].edits, 'the localized copy reads the same edits');
  assert.equal(built, 1);
});
