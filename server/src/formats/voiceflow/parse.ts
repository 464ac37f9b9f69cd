import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type FlowNodeKind,
  type MappedText,
} from '../../model/types';
import { joinMapped } from '../../model/text';
import { contactOffered, HELPDESK } from '../shared/handoff';
import { hasInstructions } from '../shared/userTurn';
import { reserveTierBranches, tierTested, type TierBranch } from '../shared/audience';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  value,
  mapEntries,
  refOf,
  scalarText,
  strAt,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { normaliseProvider } from '../shared/providers';
import { referencedResource, resourceTable, type Resource } from './resources';
import { readPrograms } from './programs';

/** A Voiceflow `.vf` export: `_version`, `project`, `version.platformData` and `diagrams` of nodes. */
export function looksLikeVoiceflow(text: string): boolean {
  return text.includes('"diagrams"') && text.includes('"platformData"') && /"(_version|rootDiagramID)"\s*:/.test(text);
}

const ROUTER = /^(intent|interaction|buttons|choice|captureV2|capture|ifV2|if|condition|random)$/;

export function parseVoiceflow(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('voiceflow', uri);
  model.issues.push(...src.issues);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const tiers: TierBranch[] = [];
  const table = resourceTable(src);
  // Resource id → its prompt: the steps that use one agent or prompt share it (one finding per resource).
  const used = new Map<string, number>();
  const step = (id: string, n: JNode, data: JNode | undefined, type: string, label: string): FlowNode =>
    readStep(model, src, { table, used }, { id, n, data, type, label });
  if (!nodeAt(src.root, ['diagrams']) && nodeAt(src.root, ['programs'])) readPrograms(src, step, nodes, edges);
  for (const [diagramId, diagram] of mapEntries(nodeAt(src.root, ['diagrams']))) {
    const dname = strAt(diagram, ['name']) ?? diagramId;
    for (const [nodeId, n] of mapEntries(nodeAt(diagram, ['nodes']))) {
      const type = strAt(n, ['type']) ?? '';
      const data = nodeAt(n, ['data']);
      nodes.push(step(nodeId, n, data, type, `${dname} / ${strAt(data, ['name']) ?? type} (${nodeId})`));
      // A block runs its steps in order; ports send each step on.
      let prev = nodeId;
      for (const s of seqItems(nodeAt(data, ['steps'])))
        if (s.type === 'string') edges.push({ from: prev, to: (prev = String(s.value)) });
      for (const target of portTargets(data)) edges.push({ from: nodeId, to: target });
      if (/^(ifV2|if|condition)$/.test(type)) tiers.push(...tierPorts(nodeId, data));
    }
  }
  // An intent step listens for its intent anywhere in the conversation (topics, `availability: GLOBAL`): the user's
  // message reaches it from the start, with no port leading to it.
  for (const start of nodes.filter((n) => n.kind === 'trigger'))
    for (const intent of nodes.filter((n) => n.attrs?.type === 'intent')) edges.push({ from: start.id, to: intent.id });
  addKnowledgeBase(model, src, nodes, edges);
  addGlobalNoMatch(model, src, nodes, edges);
  model.flow = { nodes, edges };
  // A person behind a condition that admits one customer tier (`member_tier = "platinum"`) is that tier's only.
  reserveTierBranches(model.flow, tiers);
  return model;
}

/** Operators of a condition step that negate it (`not_equal`, `not_has`, `!=`). */
const NEGATING = /^(?:not_?\w*|!=|<>|is_not\w*)$/i;

/**
 * A condition step's expression written out for `tierTested`: variables by name, values quoted, an operator between
 * (`member_tier == "platinum"`, `plan != "gold"`).
 */
function conditionText(e: unknown, depth = 0): string {
  if (depth > 8 || e === null || e === undefined) return '';
  if (Array.isArray(e)) return e.map((x) => conditionText(x, depth + 1)).join(' && ');
  if (typeof e !== 'object') return String(e);
  const { type, value: v } = e as { type?: unknown; value?: unknown };
  if (type === 'variable') return String(v ?? '');
  if (type === 'value') return typeof v === 'string' || typeof v === 'number' ? `"${v}"` : conditionText(v, depth + 1);
  if (!Array.isArray(v)) return conditionText(v, depth + 1);
  const op =
    typeof type === 'string' && NEGATING.test(type) ? ' != ' : typeof type === 'string' && type ? ' == ' : ' && ';
  return v.map((x) => conditionText(x, depth + 1)).join(op);
}

/**
 * The ports of a condition step (`ifV2`: one dynamic port per expression, `else` for no match) that only one customer
 * tier takes: the port of an expression that admits a tier, or the `else` of a lone expression that excludes one.
 */
function tierPorts(nodeId: string, data: JNode | undefined): TierBranch[] {
  const expressions = seqItems(nodeAt(data, ['expressions']));
  const dynamic = seqItems(nodeAt(data, ['portsV2', 'dynamic']));
  const out: TierBranch[] = [];
  expressions.forEach((e, i) => {
    const test = tierTested(conditionText(value(e)));
    if (!test) return;
    const target = test.negated
      ? expressions.length === 1
        ? strAt(data, ['portsV2', 'builtIn', 'else', 'target'])
        : undefined
      : strAt(dynamic[i], ['target']);
    if (target) out.push({ from: nodeId, to: target, tier: test.tier });
  });
  return out;
}

interface StepInput {
  id: string;
  n: JNode;
  data: JNode | undefined;
  type: string;
  label: string;
}

/**
 * One step (a `.vf` node, whose settings are under `data`, or a `.vfr` line, which holds them itself). A step that
 * names an agent or prompt of the export's tables by id (`agentID`, `promptID`) is an LLM step with those
 * instructions.
 */
function readStep(
  model: BotModel,
  src: JsonSource,
  res: { table: Map<string, Resource>; used: Map<string, number> },
  s: StepInput,
): FlowNode {
  const resource = referencedResource(s.data, res.table);
  let kind = kindOf(s.data, s.type);
  if (resource && kind !== 'trigger' && kind !== 'human' && kind !== 'router') kind = 'llm';
  const node: FlowNode = {
    id: s.id,
    label: s.label,
    kind,
    ref: { uri: src.uri, span: keySpan(s.n, 'type') ?? refOf(src, s.n).span },
    attrs: { type: s.type },
  };
  // A message that gives the business's phone number or e-mail is a way to reach a person.
  const contact = kind === 'reply' ? contactOffered(slateText(value(nodeAt(s.data, ['texts'])))) : undefined;
  if (contact) Object.assign(node, { kind: 'human', label: `${s.label} (gives ${contact})` });
  if (node.kind !== 'llm') return node;
  // A step that answers from the knowledge base with no instructions of its own uses the knowledge base's settings.
  if (/knowledge/i.test(strAt(s.data, ['source']) ?? '') && !ownInstructions(src, s.data)) {
    node.attrs = { ...node.attrs, knowledgeBase: true };
    return node;
  }
  node.prompt = addPrompt(model, src, s.data, `${s.type} step '${s.label}'`, s.id);
  if (node.prompt === undefined && resource) node.prompt = res.used.get(resource.id);
  if (node.prompt === undefined && resource) {
    model.prompts.push({
      id: `step:${s.id}`,
      label: `${s.type} step '${s.label}' (${resource.label})`,
      role: 'system',
      text: resource.text,
      variables: {},
      nested: resource.joined || undefined,
    });
    node.prompt = model.prompts.length - 1;
    res.used.set(resource.id, node.prompt);
  }
  if (resource?.webSearch) node.tools = [{ name: 'web search', ref: refOf(src, resource.webSearch), web: true }];
  const m = strAt(s.data, ['model']);
  if (m) model.models.push({ provider: normaliseProvider(undefined, m) ?? 'other', model: m, ref: node.ref });
  return node;
}

function kindOf(data: JNode | undefined, type: string): FlowNodeKind {
  if (type === 'start') return 'trigger';
  if (/^(generative|ai_response|ai_set|ai_variable|prompt|agent)$/.test(type)) return 'llm';
  if (ROUTER.test(type)) return 'router';
  if (/^(text|speak|cardV2|carousel|visual)$/.test(type)) return 'reply';
  if (type === 'handoff') return 'human';
  if (/^(trace|channel_action|custom_action)$/.test(type))
    return HELPDESK.test(strAt(data, ['name']) ?? '') ? 'human' : 'action';
  if (type === 'api' || type === 'integration')
    return HELPDESK.test(strAt(data, ['url']) ?? JSON.stringify(strAt(data, ['selectedIntegration']) ?? ''))
      ? 'human'
      : 'webhook';
  if (/^(code|setV2|set|goTo|component|flow|function)$/.test(type)) return 'action';
  return 'other';
}

/** The words of a text step's variants: every `text` leaf of their rich text (Slate `content[].children[]`). */
function slateText(content: unknown, depth = 0): string {
  if (depth > 20 || !content || typeof content !== 'object') return '';
  if (Array.isArray(content)) return content.map((c) => slateText(c, depth + 1)).join(' ');
  const o = content as Record<string, unknown>;
  const own = typeof o.text === 'string' ? o.text : '';
  return [own, slateText(o.content, depth + 1), slateText(o.children, depth + 1)].join(' ');
}

/** Targets of `portsV2` (builtIn, byKey, dynamic) and the older `ports[]`. */
function portTargets(data: JNode | undefined): string[] {
  const out: string[] = [];
  const v2 = nodeAt(data, ['portsV2']);
  for (const group of ['builtIn', 'byKey'])
    for (const [, port] of mapEntries(nodeAt(v2, [group])))
      if (strAt(port, ['target'])) out.push(strAt(port, ['target'])!);
  for (const port of [...seqItems(nodeAt(v2, ['dynamic'])), ...seqItems(nodeAt(data, ['ports']))])
    if (strAt(port, ['target'])) out.push(strAt(port, ['target'])!);
  for (const choice of seqItems(nodeAt(data, ['choices'])))
    if (strAt(choice, ['goTo', 'request'])) out.push(strAt(choice, ['goTo', 'request'])!);
  return out;
}

/** The `system` of a step (and its `prompt` template when the step has no system message); an Agent step's `instructions`. */
function addPrompt(
  model: BotModel,
  src: JsonSource,
  data: JNode | undefined,
  label: string,
  id: string,
): number | undefined {
  const text = instructionsOf(src, data, [['system'], ['instructions']], [['prompt'], ['sets', 0, 'prompt']]);
  if (!text) return undefined;
  model.prompts.push({ id: `step:${id}`, label, role: 'system', text, variables: {} });
  return model.prompts.length - 1;
}

/**
 * The instructions a model gets from a step or settings object: its system message (the first of `system` paths
 * written) and its prompt template (the first of `template` paths written) when the template holds instructions of its
 * own ("Answer only from the clinic's documents… {last_utterance}"), read together; a template that is only the user's
 * message (`{last_utterance}`) adds nothing, and with no system message it is the whole prompt.
 */
function instructionsOf(
  src: JsonSource,
  data: JNode | undefined,
  system: (string | number)[][],
  template: (string | number)[][],
): MappedText | undefined {
  const first = (paths: (string | number)[][]) =>
    paths.map((path) => scalarText(src, nodeAt(data, path))).find((t) => t?.text.trim());
  const sys = first(system);
  const tpl = first(template);
  if (!sys) return tpl;
  return tpl && hasInstructions(tpl.text) ? joinMapped(src.uri, [sys, tpl]) : sys;
}

/** True when a step writes instructions: a system message, or a prompt template with more than the user's message. */
function ownInstructions(src: JsonSource, data: JNode | undefined): boolean {
  const system = [['system'], ['instructions']].some((path) => scalarText(src, nodeAt(data, path))?.text.trim());
  const template = scalarText(src, nodeAt(data, ['prompt']));
  return system || (!!template && hasInstructions(template.text));
}

/** A knowledge base whose export lists its documents and lists none holds nothing to answer from. */
function emptyKnowledgeBase(kb: JNode | undefined): boolean {
  const docs = nodeAt(kb, ['documents']);
  return !!docs && seqItems(docs).length === 0 && mapEntries(docs).length === 0;
}

/**
 * The knowledge base: a message nothing else handles is answered from the project's documents by an
 * LLM whose instructions are `project.knowledgeBase.settings.summarization.system` (older exports keep
 * the settings under `version.platformData.settings.knowledgeBase`). Without custom instructions the
 * answers stay within the documents (a search node); with them, the instructions decide.
 */
function addKnowledgeBase(model: BotModel, src: JsonSource, nodes: FlowNode[], edges: FlowEdge[]): void {
  const kb = nodeAt(src.root, ['project', 'knowledgeBase']) ?? nodeAt(src.root, ['knowledgeBase']);
  const settings =
    nodeAt(kb, ['settings']) ?? nodeAt(src.root, ['version', 'platformData', 'settings', 'knowledgeBase']);
  const summarization = nodeAt(settings, ['summarization']);
  const usesKb =
    seqItems(nodeAt(kb, ['documents'])).length > 0 ||
    mapEntries(nodeAt(kb, ['documents'])).length > 0 ||
    !!summarization;
  // Whether unhandled messages reach the knowledge base; steps may still answer with its settings when not.
  const answersUnhandled = usesKb && !emptyKnowledgeBase(kb);
  const steps = nodes.filter((n) => n.attrs?.knowledgeBase === true);
  if (!answersUnhandled && !steps.length) return;
  const custom = instructionsOf(src, summarization, [['system']], [['prompt']]);
  const node: FlowNode = {
    id: 'knowledgeBase',
    label: 'knowledge base answers',
    kind: custom?.text.trim() ? 'llm' : 'search',
    role: 'fallback',
    relevancyCheck: true,
    ref: {
      uri: src.uri,
      span: keySpan(summarization ?? settings ?? kb, 'system') ?? refOf(src, summarization ?? kb).span,
    },
  };
  if (node.kind === 'llm') {
    model.prompts.push({
      id: 'knowledgeBase',
      label: 'knowledge base prompt',
      role: 'system',
      text: custom!,
      variables: {},
    });
    node.prompt = model.prompts.length - 1;
    const m = strAt(summarization, ['model']);
    if (m) model.models.push({ provider: normaliseProvider(undefined, m) ?? 'other', model: m, ref: node.ref });
  }
  // Steps that answer from the knowledge base with its settings: the same instructions, or the same search.
  for (const step of steps) {
    step.kind = node.kind;
    step.prompt = node.prompt;
    if (node.kind === 'search') step.relevancyCheck = true;
  }
  if (!answersUnhandled) return;
  nodes.push(node);
  for (const t of nodes.filter((n) => n.kind === 'trigger')) edges.push({ from: t.id, to: node.id, label: 'no match' });
}

/**
 * `version.platformData.settings.globalNoMatch.type: "generative"`: every message nothing else
 * handles is answered by the model, with its `prompt.system` if there is one.
 */
function addGlobalNoMatch(model: BotModel, src: JsonSource, nodes: FlowNode[], edges: FlowEdge[]): void {
  const settings = nodeAt(src.root, ['version', 'platformData', 'settings', 'globalNoMatch']);
  if (strAt(settings, ['type']) !== 'generative') return;
  const node: FlowNode = {
    id: 'globalNoMatch',
    label: 'global no-match (generative)',
    kind: 'llm',
    role: 'fallback',
    ref: { uri: src.uri, span: keySpan(settings, 'type') ?? refOf(src, settings).span },
  };
  const system = scalarText(src, nodeAt(settings, ['prompt', 'system']));
  if (system?.text.trim()) {
    model.prompts.push({
      id: 'globalNoMatch',
      label: 'global no-match prompt',
      role: 'system',
      text: system,
      variables: {},
    });
    node.prompt = model.prompts.length - 1;
  } else
    node.openReason =
      'the global no-match answers every message nothing else handles with generative AI and no system prompt';
  nodes.push(node);
  for (const t of nodes.filter((n) => n.kind === 'trigger')) edges.push({ from: t.id, to: node.id, label: 'no match' });
}
