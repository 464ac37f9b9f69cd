import { analyzePrompt } from '../../analysis';
import type { FlowNode } from '../../model/types';
import { nodeAt, seqItems, strAt } from '../shared/jsonSource';
import { HELPDESK } from '../shared/handoff';
import { lookup } from './exportIndex';
import type { CxGraph } from './graph';

/**
 * The tools a playbook may call (`referencedTools`, by display name or resource path) that hand the chat to a person:
 * an OpenAPI tool whose description says so, in any language the prompt analysis reads ("Serahkan percakapan ini ke
 * agen CS manusia"), or whose API is a helpdesk's (`servers`/paths of Chatwoot, Zendesk, `/handoff`). Other tools
 * (order look-ups, catalogues) answer within the playbook's own scope and are not added.
 */
export function handoffTools(g: CxGraph, playbookId: string, names: string[]): void {
  for (const name of names) {
    const t = lookup(g.ix.tools, name);
    if (!t) continue;
    const description = strAt(t.root, ['description']) ?? '';
    const schema = strAt(t.root, ['openApiSpec', 'textSchema']) ?? '';
    const servers = [...schema.matchAll(/^\s*-?\s*url:\s*(\S+)|^\s{2}(\/[^\s:]+):/gm)].map((m) => m[1] ?? m[2]);
    const human =
      (description.trim() !== '' && analyzePrompt(description).hasEscalation) || servers.some((u) => HELPDESK.test(u));
    if (!human) continue;
    const shown = strAt(t.root, ['displayName']) ?? name.split('/').pop()!;
    const node: FlowNode = g.add({
      id: `tool:${name}`,
      label: `tool '${shown}' (hands the chat to a person)`,
      kind: 'human',
      ref: g.refAt(t, t.root, 'description'),
    });
    g.edge(playbookId, node.id, 'tool');
  }
}

/** The tool names a playbook references. */
export function referencedTools(root: Parameters<typeof nodeAt>[0]): string[] {
  return seqItems(nodeAt(root, ['referencedTools']))
    .filter((r) => r.type === 'string')
    .map((r) => r.value as string);
}
