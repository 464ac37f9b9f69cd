/**
 * The n8n handoff fix on a large export (formats/shared/jsonBlank.ts): built on the text with all nodes but the last
 * blanked, its edits equal those built on the whole text, pretty-printed (formatted insertions) and on one line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import { n8nHandoffFix } from '../../src/formats/n8n/handoffFix';
import { blankArrayButLast } from '../../src/formats/shared/jsonBlank';
import { forgetTree } from '../../src/formats/shared/jsonReparse';

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

for (const [label, indent] of [
  ['pretty-printed', 2],
  ['one line', undefined],
] as const)
  for (const withConnection of [false, true])
    test(`n8n handoff fix on a large export (${label}${withConnection ? ', LLM already connected' : ''}): same edits as on the whole text`, () => {
      const uri = `/ws/workflows/large-${label}-${withConnection}.json`;
      const text = largeExport(indent, withConnection);
      const model = parseN8n(uri, text);
      const reached = model.flow!.nodes;
      const ctx = { textOf: () => text };
      assert.ok(blankArrayButLast(uri, text, ['nodes']), 'the parse kept the tree: the blanked text is used');
      const fast = n8nHandoffFix(ctx, model, reached, 'Offer a person when asked.');
      forgetTree(uri);
      assert.equal(blankArrayButLast(uri, text, ['nodes']), undefined);
      const whole = n8nHandoffFix(ctx, model, reached, 'Offer a person when asked.');
      assert.ok(whole && whole.edits.length);
      assert.deepEqual(fast, whole);
      assert.match(whole.edits.at(-1)!.newText, /Human handoff\?/);
    });
