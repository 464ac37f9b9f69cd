import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type FlowNodeKind,
  type MappedText,
} from '../../model/types';
import { fillMapped } from '../../model/text';
import { placeholderHost, urlHost } from '../../analysis/placeholderHost';
import { HELPDESK, LLM_ENDPOINT } from '../shared/handoff';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  mapEntries,
  refOf,
  scalarText,
  strAt,
  value,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { normaliseProvider } from '../shared/providers';
import { internalAudience } from '../shared/audience';
import { disabledRefs } from '../shared/handoff';

/** A Langflow flow export: `{data: {nodes, edges}}` with `genericNode` components and their `template`s. */
export function looksLikeLangflow(text: string): boolean {
  return /"type"\s*:\s*"genericNode"/.test(text) && text.includes('"template"') && text.includes('"edges"');
}

const MODEL_CLASS =
  /(Model|LLM|Chat)(Component)?$|^(OpenAI|Anthropic|Ollama|Groq|Mistral|AzureOpenAI|GoogleGenerativeAI|Gemini|Cohere|Perplexity|DeepSeek)/;

export function parseLangflow(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('langflow', uri);
  model.issues.push(...src.issues);
  // Projects export `{data: {...}}`; a flow copied from the API can be the inner object itself.
  const data = nodeAt(src.root, ['data', 'nodes']) ? nodeAt(src.root, ['data']) : src.root;
  const nodes: FlowNode[] = [];
  const raw = new Map<string, JNode>();
  for (const n of seqItems(nodeAt(data, ['nodes']))) {
    const id = strAt(n, ['id']) ?? strAt(n, ['data', 'id']);
    // Notes are commentary on the canvas.
    if (!id || strAt(n, ['type']) === 'noteNode') continue;
    const cls = strAt(n, ['data', 'type']) ?? strAt(n, ['data', 'node', 'key']) ?? '';
    const name = strAt(n, ['data', 'node', 'display_name']) ?? cls;
    raw.set(id, n);
    const node: FlowNode = {
      id,
      label: `${name} (${id})`,
      kind: kindOf(n, cls),
      ref: { uri, span: keySpan(nodeAt(n, ['data', 'node']), 'display_name') ?? refOf(src, n).span },
      attrs: { type: cls },
    };
    if (node.kind === 'llm') {
      const m =
        strAt(n, ['data', 'node', 'template', 'model_name', 'value']) ??
        strAt(n, ['data', 'node', 'template', 'model', 'value']);
      model.models.push({
        provider: normaliseProvider(cls.replace(/Model$|Component$/, ''), m) ?? 'other',
        model: m,
        ref: node.ref,
      });
    }
    nodes.push(node);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: FlowEdge[] = [];
  const feeds = new Map<string, { from: string; field?: string }[]>();
  for (const e of seqItems(nodeAt(data, ['edges']))) {
    const from = strAt(e, ['source']);
    const to = strAt(e, ['target']);
    if (!from || !to || !byId.has(from) || !byId.has(to)) continue;
    const field = strAt(e, ['data', 'targetHandle', 'fieldName']);
    // A tool wired into an agent is called by the agent: keep the user-message direction.
    if (field === 'tools' || field === 'tool') edges.push({ from: to, to: from, label: field });
    else edges.push({ from, to, label: field });
    (feeds.get(to) ?? feeds.set(to, []).get(to)!).push({ from, field });
  }
  for (const node of nodes) if (node.kind === 'llm') node.prompt = addPrompt(model, src, raw, node, feeds);
  // A custom tool whose code only calls a placeholder address reaches no one: a prompt's handoff through it counts
  // only through the flow's own steps, as one through a disabled tool does.
  const dead = placeholderTools(raw);
  for (const p of model.prompts) disabledRefs(p, dead);
  model.flow = { nodes, edges };
  staffOnly(model, src, nodes);
  return model;
}

/**
 * Custom components (`template.code`) whose code sends requests only to placeholder addresses
 * (`HANDOFF_URL = "https://example.com/handoff"`, a TODO left for the real helpdesk): the names a prompt may call
 * them by (the component's `name`, its display name, its type).
 */
function placeholderTools(raw: Map<string, JNode>): Set<string> {
  const out = new Set<string>();
  for (const n of raw.values()) {
    const code = strAt(n, ['data', 'node', 'template', 'code', 'value']);
    if (!code || !/\b(?:post|put|patch|get|request|urlopen|fetch)\s*\(/.test(code)) continue;
    const urls = [...code.matchAll(/["'](https?:\/\/[^"'\s]+)["']/g)].map((m) => m[1]);
    // An address read at run time (environment, settings, a field) may be real.
    if (!urls.length || !urls.every(placeholderUrl) || /environ|getenv|settings\.|config\[/.test(code)) continue;
    const named = /^\s*name\s*=\s*["']([\w.-]+)["']/m.exec(code)?.[1];
    for (const name of [named, strAt(n, ['data', 'node', 'display_name']), strAt(n, ['data', 'type'])])
      if (name?.trim()) out.add(name.trim());
  }
  return out;
}

/** A URL whose host is a placeholder (the analysis's one definition: RFC 2606 names, `yourdomain.com`). */
function placeholderUrl(url: string): boolean {
  const host = urlHost(url);
  return host !== undefined && placeholderHost(host);
}

/** A flow whose own name, description or tags say it is for staff has no customer entry point: its inputs are not triggers. */
function staffOnly(model: BotModel, src: JsonSource, nodes: FlowNode[]): void {
  const tags = seqItems(nodeAt(src.root, ['tags'])).map((t) => value(t));
  const phrase = internalAudience(
    [strAt(src.root, ['name']), strAt(src.root, ['description'])],
    tags.filter((t): t is string => typeof t === 'string'),
  );
  if (!phrase) return;
  for (const node of nodes)
    if (node.kind === 'trigger') {
      node.kind = 'other';
      node.label += ` (staff only: "${phrase}")`;
      model.notes.push({ kind: 'internal-audience', ref: node.ref, detail: phrase });
    }
}

function kindOf(n: JNode, cls: string): FlowNodeKind {
  if (cls === 'ChatInput' || cls === 'TextInput' || cls === 'Webhook') return 'trigger';
  if (cls === 'ChatOutput' || cls === 'TextOutput') return 'reply';
  if (cls === 'Prompt' || cls === 'PromptTemplate') return 'other';
  if (
    cls === 'Agent' ||
    cls === 'ToolCallingAgent' ||
    cls === 'OpenAIToolsAgent' ||
    (MODEL_CLASS.test(cls) && nodeAt(n, ['data', 'node', 'template', 'system_message']))
  )
    return 'llm';
  if (MODEL_CLASS.test(cls)) return 'llm';
  if (/API ?Request|APIRequest|URL/i.test(cls)) {
    const url = JSON.stringify(
      nodeAt(n, ['data', 'node', 'template', 'url_input', 'value'])?.value ??
        strAt(n, ['data', 'node', 'template', 'urls', 'value']) ??
        '',
    );
    return HELPDESK.test(url) ? 'human' : LLM_ENDPOINT.test(url) ? 'webhook' : 'action';
  }
  if (/Retriever|VectorStore|Chroma|FAISS|Pinecone|Qdrant|AstraDB|Search/i.test(cls)) return 'action';
  return 'other';
}

/**
 * The model's system message: its own `system_message` / `system_prompt` field, or the Prompt
 * component wired into that field (or into its input, when nothing else instructs it).
 */
function addPrompt(
  model: BotModel,
  src: JsonSource,
  raw: Map<string, JNode>,
  node: FlowNode,
  allFeeds: Map<string, { from: string; field?: string }[]>,
): number | undefined {
  const feeds = allFeeds.get(node.id) ?? [];
  const template = nodeAt(raw.get(node.id), ['data', 'node', 'template']);
  const own = ['system_message', 'system_prompt']
    .map((k) => nodeAt(template, [k, 'value']))
    .find((v) => v?.type === 'string' && String(v.value).trim());
  let slots: JNode | undefined;
  let wired = new Set<string | undefined>();
  const prompt = (field: string) => {
    const f = feeds.find((x) => x.field === field && strAt(raw.get(x.from), ['data', 'type']) === 'Prompt');
    if (f) slots = nodeAt(raw.get(f.from), ['data', 'node', 'template']);
    if (f) wired = new Set((allFeeds.get(f.from) ?? []).map((x) => x.field));
    return f && nodeAt(raw.get(f.from), ['data', 'node', 'template', 'template', 'value']);
  };
  const value = own ?? prompt('system_message') ?? prompt('system_prompt') ?? prompt('input_value');
  const written = scalarText(src, value);
  if (!written?.text.trim()) return undefined;
  const text = own ? written : fillSlots(src, written, slots, wired);
  const field = mapEntries(template).find(([, v]) => nodeAt(v, ['value']) === value)?.[0] ?? 'prompt';
  model.prompts.push({
    id: `node:${node.id}`,
    label: `${field === 'prompt' ? 'Prompt component' : field} of Langflow component '${node.label}'`,
    role: 'system',
    text,
    variables: {},
    nested: text !== written || undefined,
  });
  return model.prompts.length - 1;
}

/** A `{name}` slot of a Prompt template (not `{{…}}`, which Langflow escapes as literal braces). */
const SLOT = /(?<!\{)\{([A-Za-z_][\w-]{0,60})\}(?!\})/g;

/**
 * The Prompt template as the model gets it: each `{name}` slot whose field holds a value written in the
 * component (`template.<name>.value`: the scope, the refusal, the contact) is filled with it; a slot an edge
 * fills at run time (`{context}`, `{question}`), or one left empty, stays as written.
 */
function fillSlots(
  src: JsonSource,
  text: MappedText,
  fields: JNode | undefined,
  wired: Set<string | undefined>,
): MappedText {
  return fillMapped(text, SLOT, (name) => {
    if (wired.has(name)) return undefined;
    const field = nodeAt(fields, [name, 'value']);
    const v = scalarText(src, field);
    if (v?.text.trim()) return v;
    // A field the component shows, left empty and fed by no edge: the model gets nothing there. Read as the blank it
    // is ("[agent phone (empty)]"), so a contact promised through it counts as an unfilled field, not a person.
    return field?.type === 'string' ? blankSlot(text, name) : undefined;
  });
}

/** An empty slot as the text of an unfilled template field, mapped onto the slot in the template. */
function blankSlot(text: MappedText, name: string): MappedText {
  const at = text.text.indexOf(`{${name}}`);
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return {
    uri: text.uri,
    text: `[${words} (empty)]`,
    encoding: text.encoding,
    toSource: () => text.toSource(Math.max(at, 0)),
  };
}
