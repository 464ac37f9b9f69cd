import type { MappedText } from '../../model/types';
import { joinMapped } from '../../model/text';
import { mapEntries, nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';

/** An instruction text kept in one of the export's tables, found by its id from the steps that use it. */
export interface Resource {
  id: string;
  /** "agent 'Support'", "prompt 'Answer'". */
  label: string;
  text: MappedText;
  /** Several source strings joined: no text edits. */
  joined: boolean;
  /** The agent may search the web (`webSearchTool` switched on). */
  webSearch?: JNode;
}

/**
 * The instruction tables of newer `.vf` exports, by id: `agents[]` (`instructions`), `prompts[]` with their
 * `promptMessages[]` (the `system` role ones) and the compiled `programResources.prompts{<id>: {system, messages}}`
 * (at the top or under `version`). Steps name them by id (`agentID`, `promptID`).
 */
export function resourceTable(src: JsonSource): Map<string, Resource> {
  const out = new Map<string, Resource>();
  const add = (id: string | undefined, label: string, parts: MappedText[], webSearch?: JNode): void => {
    if (!id || out.has(id) || parts.length === 0) return;
    out.set(id, { id, label, text: joinMapped(parts[0].uri, parts), joined: parts.length > 1, webSearch });
  };
  for (const agent of seqItems(nodeAt(src.root, ['agents']))) {
    const web = nodeAt(agent, ['webSearchTool']);
    const on = web?.type === 'object' && nodeAt(web, ['enabled'])?.value !== false;
    add(
      strAt(agent, ['id']),
      `agent '${strAt(agent, ['name']) ?? strAt(agent, ['id'])}'`,
      texts(src, nodeAt(agent, ['instructions'])),
      on ? web : undefined,
    );
  }
  const messages = new Map<string, MappedText[]>();
  for (const m of seqItems(nodeAt(src.root, ['promptMessages']))) {
    const id = strAt(m, ['promptID']);
    if (!id || (strAt(m, ['role']) ?? strAt(m, ['data', 'role'])) !== 'system') continue;
    const t = [...texts(src, nodeAt(m, ['content'])), ...texts(src, nodeAt(m, ['data', 'content']))];
    messages.set(id, [...(messages.get(id) ?? []), ...t]);
  }
  const compiled = new Map<string, JNode>();
  for (const holder of [nodeAt(src.root, ['programResources']), nodeAt(src.root, ['version', 'programResources'])])
    for (const [id, p] of mapEntries(nodeAt(holder, ['prompts']))) if (!compiled.has(id)) compiled.set(id, p);
  for (const p of seqItems(nodeAt(src.root, ['prompts']))) {
    const id = strAt(p, ['id']);
    if (!id) continue;
    const own = compiledSystem(src, compiled.get(id));
    add(id, `prompt '${strAt(p, ['name']) ?? id}'`, own.length ? own : (messages.get(id) ?? []));
  }
  for (const [id, p] of compiled) if (!out.has(id)) add(id, `prompt '${id}'`, compiledSystem(src, p));
  return out;
}

/**
 * The resource a step names by id (`agentID`, `promptID`, also one level down: `data.prompt.promptID`), if any.
 */
export function referencedResource(
  data: JNode | undefined,
  table: Map<string, Resource>,
  depth = 0,
): Resource | undefined {
  if (table.size === 0 || depth > 1) return undefined;
  for (const [key, v] of mapEntries(data)) {
    if (v.type === 'string' && /id$/i.test(key) && table.has(String(v.value))) return table.get(String(v.value));
    if (v.type === 'object') {
      const inner = referencedResource(v, table, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A compiled prompt's `system`, else its `system` messages. */
function compiledSystem(src: JsonSource, p: JNode | undefined): MappedText[] {
  const system = scalarText(src, nodeAt(p, ['system']));
  if (system?.text.trim()) return [system];
  return seqItems(nodeAt(p, ['messages']))
    .filter((m) => (strAt(m, ['role']) ?? strAt(m, ['data', 'role'])) === 'system')
    .flatMap((m) => [...texts(src, nodeAt(m, ['content'])), ...texts(src, nodeAt(m, ['data', 'content']))]);
}

/**
 * The string leaves of an instruction: a plain string, a list of strings or of `{text}` items, or rich text
 * (`content[].children[].text`, `text: [..]`); `variableID` placeholders are left out.
 */
export function texts(src: JsonSource, node: JNode | undefined, depth = 0): MappedText[] {
  if (!node || depth > 12) return [];
  if (node.type === 'string') {
    const t = scalarText(src, node);
    return t?.text.trim() ? [t] : [];
  }
  if (node.type === 'array') return seqItems(node).flatMap((n) => texts(src, n, depth + 1));
  if (node.type !== 'object') return [];
  return ['text', 'content', 'children', 'instructions']
    .map((k) => nodeAt(node, [k]))
    .flatMap((n) => texts(src, n, depth + 1));
}
