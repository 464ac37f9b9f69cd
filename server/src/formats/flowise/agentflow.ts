import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type FlowNodeKind,
  type MappedText,
} from '../../model/types';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  refOf,
  scalarText,
  strAt,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { contactOffered, HELPDESK } from '../shared/handoff';
import { normaliseProvider } from '../shared/providers';

/** Beside the helpdesks: a node that opens a support ticket hands the request to a person. */
const TICKET = /support-?ticket/i;
/** A condition-agent scenario that sends small talk and general questions somewhere. */
const GENERAL_SCENARIO =
  /general (question|query|knowledge)|chatting casually|small ?talk|chit-?chat|anything else|other (question|topic)s?|off-topic/i;

/** Agentflow v2 (`type: "agentFlow"` nodes): edges run in execution order, from Start onwards. */
export function isAgentflowV2(root: JNode | undefined): boolean {
  return seqItems(nodeAt(root, ['nodes'])).some(
    (n) => strAt(n, ['type']) === 'agentFlow' || /Agentflow$/.test(strAt(n, ['data', 'name']) ?? ''),
  );
}

export function parseAgentflow(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('flowise', uri);
  model.issues.push(...src.issues);
  const nodes: FlowNode[] = [];
  const raw = new Map<string, JNode>();
  for (const n of seqItems(nodeAt(src.root, ['nodes']))) {
    const id = strAt(n, ['id']) ?? strAt(n, ['data', 'id']);
    const name = strAt(n, ['data', 'name']) ?? '';
    // Sticky notes are comments on the canvas.
    if (!id || strAt(n, ['type']) === 'stickyNote' || /^stickyNote/.test(name)) continue;
    raw.set(id, n);
    const label = strAt(n, ['data', 'label']) ?? name;
    const node: FlowNode = {
      id,
      label: `${label} (${id})`,
      kind: kindOf(n, name),
      ref: { uri, span: keySpan(nodeAt(n, ['data']), 'label') ?? refOf(src, n).span },
      attrs: { type: name },
    };
    if (node.kind === 'llm') node.prompt = addPrompt(model, src, n, node.label, id);
    // A fixed reply that gives the business's phone number or e-mail is a way to reach a person.
    const contact =
      name === 'directReplyAgentflow'
        ? contactOffered(stripHtml(strAt(n, ['data', 'inputs', 'directReplyMessage']) ?? ''))
        : undefined;
    if (contact) Object.assign(node, { kind: 'human', label: `${node.label} (gives ${contact})` });
    const modelName =
      strAt(n, ['data', 'inputs', 'agentModel']) ??
      strAt(n, ['data', 'inputs', 'llmModel']) ??
      strAt(n, ['data', 'inputs', 'conditionAgentModel']);
    if (modelName) {
      const config = nodeAt(n, [
        'data',
        'inputs',
        `${/^agent/.test(name) ? 'agent' : /^llm/.test(name) ? 'llm' : 'conditionAgent'}ModelConfig`,
      ]);
      model.models.push({
        provider: normaliseProvider(modelName, strAt(config, ['modelName'])) ?? 'other',
        model: strAt(config, ['modelName']),
        ref: node.ref,
      });
    }
    nodes.push(node);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: FlowEdge[] = [];
  for (const e of seqItems(nodeAt(src.root, ['edges']))) {
    const from = strAt(e, ['source']);
    const to = strAt(e, ['target']);
    if (!from || !to || !byId.has(from) || !byId.has(to)) continue;
    const scenario = scenarioOf(raw.get(from), strAt(e, ['sourceHandle']));
    edges.push({ from, to, label: scenario });
    const target = byId.get(to)!;
    if (scenario && GENERAL_SCENARIO.test(scenario) && target.kind === 'llm') target.role = 'chitchat';
  }
  model.flow = { nodes, edges };
  return model;
}

function kindOf(n: JNode, name: string): FlowNodeKind {
  switch (name) {
    case 'startAgentflow': {
      // Chat input starts a conversation; forms, webhooks and schedules do not.
      const input = strAt(n, ['data', 'inputs', 'startInputType']) ?? 'chatInput';
      return input === 'chatInput' ? 'trigger' : 'other';
    }
    case 'agentAgentflow':
    case 'llmAgentflow':
      return 'llm';
    case 'conditionAgentAgentflow':
    case 'conditionAgentflow':
      return 'router';
    case 'directReplyAgentflow':
      return 'reply';
    case 'retrieverAgentflow':
      return 'action';
    case 'httpAgentflow':
    case 'toolAgentflow':
    case 'executeFlowAgentflow':
    case 'customFunctionAgentflow': {
      const described = JSON.stringify([
        strAt(n, ['data', 'label']),
        strAt(n, ['data', 'inputs', 'url']),
        strAt(n, ['data', 'inputs', 'toolAgentflowSelectedTool']),
      ]);
      return HELPDESK.test(described) || TICKET.test(described)
        ? 'human'
        : name === 'httpAgentflow' || name === 'executeFlowAgentflow'
          ? 'webhook'
          : 'action';
    }
    default:
      return 'other';
  }
}

/** `conditionAgentAgentflow_0-output-2` → the third scenario's text. */
function scenarioOf(node: JNode | undefined, handle: string | undefined): string | undefined {
  const i = /-output-(\d+)$/.exec(handle ?? '')?.[1];
  if (!node || i === undefined) return undefined;
  const list =
    nodeAt(node, ['data', 'inputs', 'conditionAgentScenarios']) ?? nodeAt(node, ['data', 'inputs', 'conditions']);
  return strAt(seqItems(list)[Number(i)], ['scenario']);
}

/** The system message of an agent or LLM node; its HTML tags are blanked out so offsets stay exact. */
function addPrompt(model: BotModel, src: JsonSource, n: JNode, label: string, id: string): number | undefined {
  const list = nodeAt(n, ['data', 'inputs', 'agentMessages']) ?? nodeAt(n, ['data', 'inputs', 'llmMessages']);
  const system = seqItems(list).find((m) => strAt(m, ['role']) === 'system');
  const text = scalarText(src, nodeAt(system, ['content']));
  if (!text || !stripHtml(text.text).trim()) return undefined;
  const plain: MappedText = { ...text, text: stripHtml(text.text) };
  model.prompts.push({
    id: `node:${id}`,
    label: `system message of Flowise agent '${label}'`,
    role: 'system',
    text: plain,
    variables: {},
    nested: true,
  });
  return model.prompts.length - 1;
}

/** Tags become spaces and common entities keep their length, so text offsets still map to the source. */
function stripHtml(html: string): string {
  return html
    .replace(/<\/(p|li|div|h\d)>|<br\s*\/?>/gi, (m) => '\n' + ' '.repeat(m.length - 1))
    .replace(/<[^>]*>/g, (m) => ' '.repeat(m.length))
    .replace(/&(nbsp|amp|quot|#39|lt|gt);/g, (m) => ' '.repeat(m.length));
}
