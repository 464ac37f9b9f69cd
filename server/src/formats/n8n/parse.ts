import { emptyModel, type BotModel, type FlowNode, type FlowNodeKind } from '../../model/types';
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
import { HELPDESK_PRODUCTS, markerWord, markHandoffByFlow } from '../shared/handoff';
import { hasInstructions } from '../shared/userTurn';
import { subWorkflowCall } from './calls';
import { httpLlm } from './httpLlm';
import { resolveExpression, setFields, type SetFields } from './expressions';
import { addAgentTools } from './toolDescriptions';
import { approvalGate, sentText } from './handoffSteps';
import { disabledRefs } from '../shared/handoff';

const HUMAN_TYPES =
  /\.(slack|gmail|emailSend|microsoftOutlook|microsoftTeams|discord|mattermost|rocketchat|chatwoot|zendesk|freshdesk|helpScout|intercom|zammad|sendGrid|mailgun)$/i;
/**
 * Helpdesk URLs of an HTTP Request node. Narrower than the shared HELPDESK on purpose: a self-hosted Chatwoot API path
 * in a sub-workflow whose only caller is disabled must not become a path (blind 7, n8n-nova-asistente-general).
 */
const HUMAN_URL = new RegExp(
  `${HELPDESK_PRODUCTS}|front\\.com|crisp\\.chat|\\/assign|handoff|hand-off|live-?agent|human`,
  'i',
);
/** A helpdesk product named by an HTTP Request node's own name ("Chatwoot – abrir conversa" on a self-hosted host). */
const HELPDESK_NAME = new RegExp(HELPDESK_PRODUCTS, 'i');
const LLM_TYPES =
  /@n8n\/n8n-nodes-langchain\.(agent|agentTool|chainLlm|openAi|chainRetrievalQa|anthropic|googleGemini|mistralAi)$|n8n-nodes-base\.openAi$/;
const MODEL_TYPES = /@n8n\/n8n-nodes-langchain\.lmChat(\w+)$|@n8n\/n8n-nodes-langchain\.lm(\w+)$/;

/** Cheap content check: an n8n workflow has `nodes[]` with n8n node types and `connections`. */
export function looksLikeN8n(text: string): boolean {
  return text.includes('"connections"') && /"type"\s*:\s*"(n8n-nodes-base\.|@n8n\/)/.test(text);
}

/**
 * Triggers that do not carry a chat user's message: the workflow runs on a timer, a form, by hand, or on a mailbox, a
 * file, a sheet or a record (any mail trigger reads an inbox the way the IMAP trigger does: no chat to answer).
 */
const NON_CONVERSATION_TRIGGER =
  /\.(scheduleTrigger|cron|interval|manualTrigger|formTrigger|emailReadImap|gmailTrigger|microsoftOutlookTrigger|rssFeedReadTrigger|localFileTrigger|errorTrigger|n8nTrigger|workflowTrigger|googleSheetsTrigger|googleDriveTrigger|postgresTrigger|airtableTrigger)$/i;

/**
 * An n8n export: one workflow (`{nodes, connections}`) or the CLI's array of workflows. Disabled nodes
 * and the paths through them are left out; an LLM whose output only feeds another LLM (an image
 * explainer, a summariser) is a preprocessing step, not something that answers the user.
 */
export function parseN8n(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('n8n', uri);
  model.issues.push(...src.issues);
  const workflows = workflowsOf(src.root);
  const flow = { nodes: [] as FlowNode[], edges: [] as { from: string; to: string; label?: string }[] };
  workflows.forEach((wf, w) => {
    const prefix = workflows.length > 1 ? `${strAt(wf, ['name']) ?? `workflow ${w + 1}`}/` : '';
    readWorkflow(model, src, wf, prefix, flow);
  });
  markPreprocessing(flow);
  model.flow = flow;
  return model;
}

/**
 * The workflow objects of an export: one workflow, the CLI's array, the public API's list (`{data: [...]}`)
 * or a template downloaded from n8n.io (`{id, name, workflow: {nodes, connections}}`).
 */
export function workflowsOf(root: JNode | undefined): (JNode | undefined)[] {
  if (root?.type === 'array') return seqItems(root);
  if (nodeAt(root, ['nodes'])) return [root];
  if (nodeAt(root, ['workflow', 'nodes'])) return [nodeAt(root, ['workflow'])];
  if (nodeAt(root, ['data'])?.type === 'array') return seqItems(nodeAt(root, ['data']));
  return [root];
}

export type N8nFlow = { nodes: FlowNode[]; edges: { from: string; to: string; label?: string }[] };

/** Reads one workflow object into `flow` (node ids prefixed with `prefix`); disabled nodes and their links are left out. */
export function readWorkflow(
  model: BotModel,
  src: JsonSource,
  wf: JNode | undefined,
  prefix: string,
  flow: { nodes: FlowNode[]; edges: { from: string; to: string; label?: string }[] },
): void {
  const { uri } = src;
  const firstNode = flow.nodes.length;
  const disabled = new Set<string>();
  /** What a prompt may call a disabled node by: its name, and a tool's own name (`parameters.name`). */
  const disabledNames = new Set<string>();
  const markers = new Map<string, RegExp>();
  const fields = setFields(src, seqItems(nodeAt(wf, ['nodes'])));
  for (const n of seqItems(nodeAt(wf, ['nodes']))) {
    const type = strAt(n, ['type']) ?? '';
    const name = strAt(n, ['name']) ?? type;
    if (nodeAt(n, ['disabled'])?.value === true) {
      disabled.add(name);
      for (const called of [name, strAt(n, ['parameters', 'name'])])
        if (called?.trim()) disabledNames.add(called.trim());
      continue;
    }
    const id = prefix + name;
    const operation = strAt(n, ['parameters', 'operation']);
    const node: FlowNode = {
      id,
      label: name,
      kind: kindOf(n, type),
      ref: { uri, span: keySpan(n, 'name') ?? refOf(src, n).span },
      attrs: { type, ...subWorkflowCall(n, type), ...(operation ? { operation } : {}) },
    };
    const assistant = storedAssistant(n, type);
    if (assistant) {
      node.kind = 'webhook';
      model.notes.push({ kind: 'hidden-llm', ref: node.ref, detail: `'${name}' ${assistant}` });
    }
    if (node.kind === 'llm') {
      const prompt = addPrompt(model, src, n, id, fields);
      if (prompt === 'unknown') {
        node.kind = 'webhook';
        model.notes.push({
          kind: 'hidden-llm',
          ref: node.ref,
          detail: `the system message of '${name}' is an expression whose text is not in the export`,
        });
      } else node.prompt = prompt;
      if (prompt === undefined && /\.agentTool$/.test(type)) ownerlessSubAgent(node, name);
    }
    if (node.kind === 'webhook' && /\.httpRequest$/.test(type)) httpLlm(model, src, n, node);
    if (node.kind === 'router') addMarkers(markers, routerMarkers(n));
    if (/whatsApp/i.test(type)) model.whatsapp ??= node.ref;
    const m = MODEL_TYPES.exec(type);
    if (m) {
      const modelName =
        strAt(n, ['parameters', 'model', 'value']) ??
        strAt(n, ['parameters', 'model']) ??
        strAt(n, ['parameters', 'modelName']);
      model.models.push({
        provider: normaliseProvider(m[1] ?? m[2], modelName) ?? 'other',
        model: modelName,
        ref: node.ref,
      });
    }
    flow.nodes.push(node);
  }
  const own = flow.nodes.filter((n) => n.id.startsWith(prefix) && n.prompt !== undefined);
  markHandoffByFlow(
    own.map((n) => model.prompts[n.prompt!]),
    [...markers.values()],
  );
  for (const p of own) disabledRefs(model.prompts[p.prompt!], disabledNames);
  const firstEdge = flow.edges.length;
  readConnections(wf, prefix, disabled, flow);
  addAgentTools(model, src, wf, flow.nodes.slice(firstNode), flow.edges.slice(firstEdge), prefix);
}

/** The workflow's connections as edges (sub-nodes point into their parent: kept in the user-message direction). */
function readConnections(wf: JNode | undefined, prefix: string, disabled: Set<string>, flow: N8nFlow): void {
  for (const [from, outputs] of mapEntries(nodeAt(wf, ['connections']))) {
    for (const [connType, lists] of mapEntries(outputs)) {
      seqItems(lists).forEach((list, outputIndex) => {
        for (const target of seqItems(list)) {
          const to = strAt(target, ['node']);
          if (!to || disabled.has(to) || disabled.has(from)) continue;
          // Sub-nodes (models, memory, tools) attach *into* their parent; keep the user-message direction.
          if (connType === 'main')
            flow.edges.push({ from: prefix + from, to: prefix + to, label: `output ${outputIndex}` });
          else flow.edges.push({ from: prefix + to, to: prefix + from, label: connType });
        }
      });
    }
  }
}

/**
 * A sub-agent (AI Agent Tool) answers the chat agent that calls it, judged by its own system message; without one it
 * answers only what the calling agent asks it.
 */
function ownerlessSubAgent(node: FlowNode, name: string): void {
  node.kind = 'action';
  node.label = `${name} (sub-agent with no system message of its own: the calling agent decides what it answers)`;
}

/** Adds the marker words a router tests, each once. */
function addMarkers(markers: Map<string, RegExp>, words: string[]): void {
  for (const word of words) {
    const marker = markerWord(word);
    if (marker && !markers.has(word)) markers.set(word, marker);
  }
}

/**
 * Marker tokens an IF/Switch tests in a model's output: a compared value (`rightValue: "[[ASESOR]]"`, the old IF's
 * `value2`, a Switch rule's value) or a quoted word in an expression (`$json.output.includes('HUMAN_HANDOFF')`).
 * Which of them are markers (capitals, maybe bracketed) is decided by `markerWord`.
 */
function routerMarkers(n: JNode): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      out.push(v.replace(/^=/, '').trim());
      for (const m of v.matchAll(/["'`]([^"'`\s]{4,40})["'`]/g)) out.push(m[1]);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value(nodeAt(n, ['parameters'])));
  return out;
}

/** LLM nodes whose output reaches another LLM node (main connections) prepare input; they do not answer. */
export function markPreprocessing(flow: {
  nodes: FlowNode[];
  edges: { from: string; to: string; label?: string }[];
}): void {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  for (const e of flow.edges)
    if (e.label?.startsWith('output')) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  for (const n of flow.nodes) {
    if (n.kind !== 'llm') continue;
    const seen = new Set<string>([n.id]);
    const queue = [...(out.get(n.id) ?? [])];
    let next: FlowNode | undefined;
    while (queue.length && !next) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const t = byId.get(id);
      if (t?.kind === 'llm') next = t;
      else if (t && t.kind !== 'reply' && t.kind !== 'human') queue.push(...(out.get(id) ?? []));
    }
    if (!next) continue;
    n.kind = 'action';
    n.label = `${n.label} (preprocessing for '${next.label}')`;
    n.attrs = { ...n.attrs, preprocessing: true };
  }
  markStaffOutput(flow, byId, out);
}

/** Nodes that post to the business's own team (a channel, an inbox): what they carry goes to staff. */
const STAFF_CHANNEL =
  /\.(slack|microsoftTeams|discord|mattermost|rocketchat|gmail|emailSend|microsoftOutlook|sendGrid|mailgun)$/i;
/** Triggers whose chat gets the workflow's last output as its reply, with no send step. */
const CHAT_TRIGGER = /\.(chatTrigger|manualChatTrigger)$/i;

/**
 * An LLM whose output goes only to the team (a Slack channel, an internal e-mail: a summary of a complaint, a lead for
 * sales) and reaches no reply to the sender (a send step, a webhook response, a call that may send) answers no one
 * who wrote in: it is a tool for staff. A chat trigger replies with the last output by itself, so there it still answers.
 */
function markStaffOutput(flow: N8nFlow, byId: Map<string, FlowNode>, out: Map<string, string[]>): void {
  if (flow.nodes.some((n) => CHAT_TRIGGER.test(String(n.attrs?.type ?? '')))) return;
  for (const n of flow.nodes) {
    if (n.kind !== 'llm') continue;
    const seen = new Set<string>([n.id]);
    const queue = [...(out.get(n.id) ?? [])];
    const staff: FlowNode[] = [];
    let other = false;
    for (let q = 0; q < queue.length && !other; q++) {
      const id = queue[q];
      if (seen.has(id)) continue;
      seen.add(id);
      const t = byId.get(id);
      if (!t) continue;
      const type = String(t.attrs?.type ?? '');
      if (STAFF_CHANNEL.test(type) && t.attrs?.operation !== 'reply') staff.push(t);
      else if (t.kind === 'reply' || t.kind === 'human' || t.kind === 'webhook' || t.kind === 'llm') other = true;
      else queue.push(...(out.get(id) ?? []));
    }
    if (other || !staff.length) continue;
    n.kind = 'action';
    n.label = `${n.label} (its output goes only to staff: '${staff[0].label}')`;
    n.attrs = { ...n.attrs, staffOutput: true };
  }
}

function kindOf(n: JNode, type: string): FlowNodeKind {
  if (NON_CONVERSATION_TRIGGER.test(type)) return 'other';
  if (/Trigger$/i.test(type) || /\.webhook$/.test(type)) return 'trigger';
  // The OpenAI/Gemini/Anthropic app nodes also transcribe audio, speak, draw or read files: only text is an answer.
  if (LLM_TYPES.test(type))
    return /^(audio|image|file|video|document)$/i.test(strAt(n, ['parameters', 'resource']) ?? '') ? 'action' : 'llm';
  if (HUMAN_TYPES.test(type)) return approvalGate(n) ? 'action' : 'human';
  if (
    /\.httpRequest$/.test(type) &&
    (HUMAN_URL.test(strAt(n, ['parameters', 'url']) ?? '') || HELPDESK_NAME.test(strAt(n, ['name']) ?? ''))
  )
    return 'human';
  if (/\.(if|switch|filter)$/.test(type)) return 'router';
  if (/\.whatsApp$|\.twilio$|\.respondToWebhook$/.test(type)) return sentText(n) ? 'human' : 'reply';
  if (/\.(httpRequest|code|function|executeWorkflow)$/.test(type)) return 'webhook';
  return 'other';
}

/**
 * The system message of a message list: the OpenAI/Anthropic app nodes' `messages.values[]{role, content}`
 * (no role = user), the old OpenAI node's `prompt.messages[]`, the LLM chain's `messages.messageValues[]`
 * (no type = system). User messages alone are no system prompt.
 */
function systemMessage(n: JNode): JNode | undefined {
  for (const m of seqItems(nodeAt(n, ['parameters', 'messages', 'values'])))
    if (strAt(m, ['role']) === 'system') return nodeAt(m, ['content']);
  for (const m of seqItems(nodeAt(n, ['parameters', 'prompt', 'messages'])))
    if (strAt(m, ['role']) === 'system') return nodeAt(m, ['content']);
  for (const m of seqItems(nodeAt(n, ['parameters', 'messages', 'messageValues'])))
    if ((strAt(m, ['type']) ?? 'SystemMessagePromptTemplate') === 'SystemMessagePromptTemplate')
      return nodeAt(m, ['message']);
  return undefined;
}

/**
 * The instructions an AI node gives its model: the system message, or (none given) instructions written into the
 * user prompt (`text` with `promptType: define`, the old chain's `prompt`) around the user's message.
 */
function addPrompt(
  model: BotModel,
  src: JsonSource,
  n: JNode,
  id: string,
  fields: SetFields,
): number | 'unknown' | undefined {
  const written =
    nodeAt(n, ['parameters', 'options', 'systemMessage']) ??
    nodeAt(n, ['parameters', 'systemMessage']) ??
    nodeAt(n, ['parameters', 'options', 'system']) ??
    systemMessage(n);
  // `={{ $('Config').item.json.system_prompt }}`: the prompt is the value a Set node gives that field.
  const resolved = written?.type === 'string' ? resolveExpression(String(written.value), fields) : undefined;
  if (resolved === 'unknown') return 'unknown';
  const user =
    resolved || written
      ? undefined
      : ['text', 'prompt']
          .map((k) => nodeAt(n, ['parameters', k]))
          .find((v) => v?.type === 'string' && hasInstructions(String(v.value)));
  const text = resolved ?? scalarText(src, written ?? user);
  if (!text) return undefined;
  // A leading "=" marks an n8n expression; it is not part of the prompt.
  const offset = text.text.startsWith('=') ? 1 : 0;
  const mapped = offset ? { ...text, text: text.text.slice(1), toSource: (i: number) => text.toSource(i + 1) } : text;
  model.prompts.push({
    id: `node:${id}`,
    label: user ? `instructions in the prompt of AI node '${id}'` : `AI node '${id}'`,
    role: user ? 'instructions' : 'system',
    text: mapped,
    variables: {},
  });
  return model.prompts.length - 1;
}

/**
 * An OpenAI assistant run by the OpenAI node (`resource: assistant`) or the old Assistant node: its
 * instructions are stored at OpenAI, so the answering prompt is not in the export.
 */
function storedAssistant(n: JNode, type: string): string | undefined {
  const isAssistant =
    /\.openAiAssistant$/.test(type) ||
    (/langchain\.openAi$/.test(type) && strAt(n, ['parameters', 'resource']) === 'assistant');
  if (!isAssistant || /^(create|list|update|deleteAssistant)$/i.test(strAt(n, ['parameters', 'operation']) ?? ''))
    return undefined;
  const id = nodeAt(n, ['parameters', 'assistantId']);
  const name =
    strAt(id, ['cachedResultName']) ?? strAt(id, ['value']) ?? (id?.type === 'string' ? String(id.value) : '');
  return `runs the OpenAI assistant${name ? ` '${name.replace(/^=/, '')}'` : ''}, whose instructions are stored at OpenAI`;
}
