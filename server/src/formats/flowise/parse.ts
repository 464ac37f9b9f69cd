import { emptyModel, type BotModel, type FlowEdge, type FlowNode, type FlowNodeKind } from '../../model/types';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  mapEntries,
  refOf,
  scalarText,
  strAt,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { HELPDESK } from '../shared/handoff';
import { normaliseProvider } from '../shared/providers';
import { mapNested } from '../shared/nestedSource';
import { isAgentflowV2, parseAgentflow } from './agentflow';

const CHAT_MODEL = /^(chat|azureChat|llm|openAI$|ollama|azureOpenAI)/i;
const CHAIN_OR_AGENT = /(Chain|Agent|^agent|^llm$|^chatflowTool$)/;
const PROMPT_INPUTS = ['systemMessagePrompt', 'systemMessage', 'systemPrompt', 'instructions', 'prompt', 'template'];

/** Cheap content check: a Flowise chatflow has `nodes[]`, `edges[]` and node `data` with anchors or a category. */
export function looksLikeFlowise(text: string): boolean {
  if (looksLikeApiChatflow(text)) return true;
  return (
    text.includes('"nodes"') &&
    text.includes('"edges"') &&
    text.includes('"data"') &&
    (text.includes('"inputAnchors"') ||
      text.includes('"outputAnchors"') ||
      text.includes('"category"') ||
      text.includes('"agentFlow"'))
  );
}

/** A chatflow as Flowise's API returns it: `{id, name, flowData: "<the chatflow as a JSON string>"}`. */
function looksLikeApiChatflow(text: string): boolean {
  return /"flowData"\s*:\s*"\{/.test(text) && text.includes('\\"nodes\\"') && text.includes('\\"edges\\"');
}

export function parseFlowise(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const flowData = scalarText(src, nodeAt(src.root, ['flowData']));
  if (flowData && !nodeAt(src.root, ['nodes'])) return mapNested(parseFlowise(uri, flowData.text), flowData);
  if (isAgentflowV2(src.root)) return parseAgentflow(uri, text);
  const model = emptyModel('flowise', uri);
  model.issues.push(...src.issues);
  const raw = seqItems(nodeAt(src.root, ['nodes']));
  const byId = new Map<string, JNode>();
  for (const n of raw) {
    const id = strAt(n, ['id']) ?? strAt(n, ['data', 'id']);
    // Sticky notes are comments on the canvas.
    if (id && strAt(n, ['type']) !== 'stickyNote' && !/^stickyNote/.test(strAt(n, ['data', 'name']) ?? ''))
      byId.set(id, n);
  }
  const nodes: FlowNode[] = [];
  const kinds = new Map<string, FlowNodeKind>();
  for (const [id, n] of byId) {
    const name = strAt(n, ['data', 'name']) ?? '';
    const label = strAt(n, ['data', 'label']) ?? name;
    const category = strAt(n, ['data', 'category']) ?? '';
    const kind = kindOf(n, name, category);
    const node: FlowNode = {
      id,
      label: `${label} (${id})`,
      kind,
      ref: { uri, span: keySpan(nodeAt(n, ['data']), 'name') ?? refOf(src, n).span },
      attrs: { type: name, category },
    };
    if (name === 'openAIAssistant') {
      // The assistant's instructions are kept in Flowise (Assistants), not in the chatflow.
      node.kind = 'webhook';
      model.notes.push({
        kind: 'hidden-llm',
        ref: node.ref,
        detail: `'${label}' runs an OpenAI assistant whose instructions are stored outside the chatflow`,
      });
    }
    if (node.kind === 'llm') node.prompt = addPrompt(model, src, n, byId, node.label, id);
    if (category === 'Chat Models' || (kind === 'other' && CHAT_MODEL.test(name))) {
      const m = strAt(n, ['data', 'inputs', 'modelName']) ?? strAt(n, ['data', 'inputs', 'model']);
      model.models.push({ provider: normaliseProvider(name, m) ?? 'other', model: m, ref: node.ref });
    }
    kinds.set(id, node.kind);
    nodes.push(node);
  }
  // Flowise edges run from a dependency (model, tool, sub-chain) into the node that uses it; reverse them so
  // the graph follows the user message: chain -> the model / tool / chain it calls.
  const edges: FlowEdge[] = [];
  const usedByChain = new Set<string>();
  for (const e of seqItems(nodeAt(src.root, ['edges']))) {
    const s = strAt(e, ['source']);
    const t = strAt(e, ['target']);
    if (!s || !t || !byId.has(s) || !byId.has(t)) continue;
    edges.push({ from: t, to: s, label: strAt(e, ['targetHandle'])?.split('-').slice(-2, -1)[0] });
    if (kinds.get(t) === 'llm' && kinds.get(s) === 'llm') usedByChain.add(s);
  }
  // A chain whose answer goes through an output parser returns data (a JSON summary, a list), not a chat reply:
  // a program calls it, so it is no entry for a customer's message.
  const entries = nodes.filter(
    (n) =>
      (n.kind === 'llm' || n.attrs?.type === 'openAIAssistant') &&
      !usedByChain.has(n.id) &&
      !parsesOutput(byId.get(n.id), byId),
  );
  if (entries.length) {
    const trigger: FlowNode = {
      id: 'chat input',
      label: 'chat input',
      kind: 'trigger',
      ref: entries[0].ref,
      attrs: { virtual: true },
    };
    nodes.unshift(trigger);
    for (const n of entries) edges.push({ from: trigger.id, to: n.id });
  }
  model.flow = { nodes, edges };
  return model;
}

/** True when the node's `outputParser` input links a parser node (`{{structuredOutputParser_0.data.instance}}`). */
function parsesOutput(n: JNode | undefined, byId: Map<string, JNode>): boolean {
  const link = /^\{\{\s*([\w-]+)\.data\.instance\s*\}\}$/.exec(
    strAt(n, ['data', 'inputs', 'outputParser'])?.trim() ?? '',
  );
  return !!link && byId.has(link[1]);
}

function kindOf(n: JNode, name: string, category: string): FlowNodeKind {
  if (category === 'Chains' || category === 'Agents' || CHAIN_OR_AGENT.test(name)) {
    if (/^(retrievalQAChain|conversationalRetrievalQAChain|multiRetrievalQAChain|vectorDBQAChain)$/.test(name))
      return 'search';
    return 'llm';
  }
  if (category === 'Tools' || /tool|requests(Get|Post)/i.test(name)) {
    const described = [
      strAt(n, ['data', 'label']),
      ...mapEntries(nodeAt(n, ['data', 'inputs'])).map(([, v]) => (v.type === 'string' ? String(v.value) : '')),
    ].join(' ');
    return HELPDESK.test(described) ? 'human' : 'webhook';
  }
  return 'other';
}

function addPrompt(
  model: BotModel,
  src: JsonSource,
  n: JNode,
  byId: Map<string, JNode>,
  label: string,
  id: string,
): number | undefined {
  let owner = n;
  for (let hop = 0; hop < 3; hop++) {
    for (const key of PROMPT_INPUTS) {
      const v = nodeAt(owner, ['data', 'inputs', key]);
      if (v?.type !== 'string') continue;
      // `{{chatPromptTemplate_0.data.instance}}` points at the prompt template node.
      const link = /^\{\{\s*([\w-]+)\.data\.instance\s*\}\}$/.exec(String(v.value).trim());
      if (link) {
        const target = byId.get(link[1]);
        if (target && target !== owner) {
          owner = target;
          break;
        }
        continue;
      }
      const text = scalarText(src, v);
      if (!text || !text.text.trim()) continue;
      model.prompts.push({ id: `node:${id}`, label: `Flowise node '${label}'`, role: 'system', text, variables: {} });
      return model.prompts.length - 1;
    }
  }
  return undefined;
}
