/**
 * The n8n handoff fix on a large export: built on the tree the parse kept (formats/shared/jsonReparse.ts), its edits
 * equal those built on a fresh parse of the whole text, pretty-printed (formatted insertions) and on one line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import { n8nHandoffFix } from '../../src/formats/n8n/handoffFix';
import { forgetTree, keptTree } from '../../src/formats/shared/jsonReparse';

function largeExport(indent: number | undefined, withConnection: boolean): string {
  const nodes: unknown[] = [{ name: 'WhatsApp Trigger', type: 'n8n-nodes-base.whatsAppTrigger', parameters: {} }];
  for (let i = 0; i < 600; i++)
    nodes.push({ id: `s${i}`, name: `Set ${i}`, type: 'n8n-nodes-base.set', parameters: { k: `v ${i}` } });
  nodes.push({
    name: 'AI Agent',
    type: '@n8n/n8n-nodes-langchain.agent',
    position: [100, 200],
    parameters: { options: { systemMessage: 'Help with orders of Sunny Shoes.' } },
  });
  const connections: Record<string, unknown> = {
    'WhatsApp Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
  };
  if (withConnection) connections['AI Agent'] = { main: [[{ node: 'Set 1', type: 'main', index: 0 }]] };
  return JSON.stringify({ nodes, connections }, null, indent);
}

/** Line endings: as written, CRLF, and LF on the first line only (jsonc-parser's formatter takes the first one). */
const ENDINGS: Record<string, (t: string) => string> = {
  LF: (t) => t,
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  'LF then CRLF': (t) => t.replace(/\n/g, '\r\n').replace('\r\n', '\n'),
  'CR then LF': (t) => t.replace(/\n(?=[^]*"AI Agent")/g, '\r'),
};

/**
 * A one-line export with a line break after every second node (lines short enough to be formatted) and before the
 * last: its first line break is inside the cut region, and the fix's edits come after it (the cut text is used).
 */
function pairs(oneLine: string): string {
  let i = 0;
  return oneLine.replace(/\},\{"(id|name)"/g, (m) => (i++ % 2 || m.endsWith('"name"') ? m.replace(',', ',\n') : m));
}

for (const [label, indent] of [
  ['pretty-printed', 2],
  ['one line', undefined],
  ['two nodes a line', 'pairs'],
] as const)
  for (const withConnection of [false, true])
    for (const [ending, write] of Object.entries(indent === undefined ? { LF: ENDINGS.LF } : ENDINGS))
      test(`n8n handoff fix on a large export (${label}, ${ending}${withConnection ? ', LLM already connected' : ''}): same edits as on the whole text`, () => {
        const uri = `/ws/workflows/large-${label}-${ending}-${withConnection}.json`;
        const text = write(
          indent === 'pairs' ? pairs(largeExport(undefined, withConnection)) : largeExport(indent, withConnection),
        );
        const model = parseN8n(uri, text);
        const reached = model.flow!.nodes;
        const ctx = { textOf: () => text };
        assert.ok(keptTree(uri, text), 'the parse kept the tree: the fix is built on it');
        const fast = n8nHandoffFix(ctx, model, reached, 'Offer a person when asked.');
        // The edits are built when first read: read them while the tree is kept.
        const fastEdits = fast?.edits;
        forgetTree(uri);
        assert.equal(keptTree(uri, text), undefined);
        const whole = n8nHandoffFix(ctx, model, reached, 'Offer a person when asked.');
        assert.ok(whole && whole.edits.length);
        assert.deepEqual(fastEdits, whole.edits);
        assert.equal(fast?.title, whole.title);
        assert.match(whole.edits.at(-1)!.newText, /Human handoff\?/);
      });
