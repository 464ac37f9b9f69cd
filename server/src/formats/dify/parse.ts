import type { Node as YNode } from 'yaml';
import { emptyModel, type BotModel, type FlowEdge, type FlowNode, type FlowNodeKind } from '../../model/types';
import { contactOffered, GENERAL_ROUTE, HELPDESK, LLM_ENDPOINT } from '../shared/handoff';
import { hasInstructions } from '../shared/userTurn';
import { normaliseProvider } from '../shared/providers';
import { bool, nodeAt, parseYaml, refOf, scalarText, seqItems, str, type YamlSource } from '../shared/yamlSource';

/** A Dify app DSL export: `app.mode` plus `workflow.graph` (chatflow, workflow) or `model_config` (chat, agent). */
export function looksLikeDify(text: string): boolean {
  return (
    /^app:\s*$/m.test(text) &&
    /^\s+mode:\s*['"]?(chat|advanced-chat|agent-chat|workflow|completion|agent|channel)\b/m.test(text) &&
    /^(workflow|model_config|kind):/m.test(text)
  );
}

export function parseDify(uri: string, text: string): BotModel {
  const src = parseYaml(uri, text);
  const model = emptyModel('dify', uri);
  model.issues.push(...src.issues);
  const graph = nodeAt(src, ['workflow', 'graph']);
  model.flow = graph ? readGraph(model, src, graph) : readSimpleApp(model, src);
  return model;
}

/** chat / agent-chat / completion apps: one model with `pre_prompt` (or advanced `chat_prompt_config`). */
function readSimpleApp(model: BotModel, src: YamlSource): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const config = nodeAt(src, ['model_config']);
  const entry = refOf(src, nodeAt(src, ['app', 'mode']) ?? nodeAt(src, ['app']));
  const advanced = seqItems(nodeAt(config, ['chat_prompt_config', 'prompt'])).find(
    (m) => str(nodeAt(m, ['role'])) === 'system',
  );
  const text = scalarText(src, nodeAt(advanced, ['text'])) ?? scalarText(src, nodeAt(config, ['pre_prompt']));
  let prompt: number | undefined;
  if (text?.text.trim()) {
    model.prompts.push({
      id: 'pre_prompt',
      label: 'app prompt (model_config.pre_prompt)',
      role: 'system',
      text,
      variables: {},
    });
    prompt = 0;
  }
  addModel(model, src, nodeAt(config, ['model']));
  const llmRef = refOf(src, nodeAt(config, ['pre_prompt']) ?? config ?? nodeAt(src, ['app']));
  const handoffs = handoffTools(src, 'model', seqItems(nodeAt(config, ['agent_mode', 'tools'])));
  return {
    nodes: [
      { id: 'user', label: 'user message', kind: 'trigger', ref: entry },
      {
        id: 'model',
        label: `${str(nodeAt(src, ['app', 'name'])) ?? 'Dify app'} model`,
        kind: 'llm',
        ref: llmRef,
        prompt,
        tools: agentTools(src, seqItems(nodeAt(config, ['agent_mode', 'tools']))),
      },
      ...handoffs.nodes,
    ],
    edges: [{ from: 'user', to: 'model' }, ...handoffs.edges],
  };
}

function readGraph(model: BotModel, src: YamlSource, graph: YNode): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const mode = str(nodeAt(src, ['app', 'mode'])) ?? '';
  const nodes: FlowNode[] = [];
  const toolEdges: FlowEdge[] = [];
  const classes = new Map<string, string>(); // `<classifier id>|<class id>` -> class name
  for (const n of seqItems(nodeAt(graph, ['nodes']))) {
    const id = String(str(nodeAt(n, ['id'])) ?? '');
    const type = str(nodeAt(n, ['data', 'type'])) ?? '';
    if (!id || type === '' || str(nodeAt(n, ['type'])) === 'custom-note') continue;
    const title = str(nodeAt(n, ['data', 'title'])) ?? type;
    const node: FlowNode = {
      id,
      label: `${title} (${type})`,
      kind: kindOf(n, type, mode),
      ref: refOf(src, nodeAt(n, ['data', 'title']) ?? n),
      attrs: { type },
    };
    if (type === 'llm' || type === 'agent') node.prompt = addPrompt(model, src, n, type, node.label, id);
    if (type === 'agent') {
      const tools = seqItems(nodeAt(n, ['data', 'agent_parameters', 'tools', 'value']));
      node.tools = agentTools(src, tools);
      const handoffs = handoffTools(src, id, tools);
      nodes.push(...handoffs.nodes);
      toolEdges.push(...handoffs.edges);
    }
    if (type === 'llm' || type === 'question-classifier' || type === 'parameter-extractor')
      addModel(model, src, nodeAt(n, ['data', 'model']));
    if (type === 'question-classifier')
      for (const c of seqItems(nodeAt(n, ['data', 'classes'])))
        classes.set(`${id}|${str(nodeAt(c, ['id']))}`, str(nodeAt(c, ['name'])) ?? '');
    if (
      type === 'http-request' &&
      node.kind === 'webhook' &&
      LLM_ENDPOINT.test(str(nodeAt(n, ['data', 'url'])) ?? '')
    ) {
      model.notes.push({
        kind: 'hidden-llm',
        ref: refOf(src, nodeAt(n, ['data', 'url'])),
        detail: `'${title}' (http-request) calls ${str(nodeAt(n, ['data', 'url']))}`,
      });
    }
    nodes.push(node);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: FlowEdge[] = [...toolEdges];
  for (const e of seqItems(nodeAt(graph, ['edges']))) {
    const from = String(str(nodeAt(e, ['source'])) ?? '');
    const to = String(str(nodeAt(e, ['target'])) ?? '');
    if (!byId.has(from) || !byId.has(to)) continue;
    const handle = str(nodeAt(e, ['sourceHandle']));
    const label = classes.get(`${from}|${handle}`) ?? (handle === 'source' ? undefined : handle);
    edges.push({ from, to, label });
    // A classifier class for small talk / general questions that leads to a model: the catch-all.
    if (label && classes.has(`${from}|${handle}`) && GENERAL_ROUTE.test(label)) byId.get(to)!.role ??= 'chitchat';
  }
  return { nodes, edges };
}

function kindOf(n: YNode, type: string, mode: string): FlowNodeKind {
  switch (type) {
    case 'start':
      return 'trigger';
    case 'llm':
    case 'agent':
      return 'llm';
    case 'question-classifier':
    case 'if-else':
      return 'router';
    case 'answer':
      // A reply that gives the business's phone number or e-mail for staff is a way to reach a person.
      return contactOffered(str(nodeAt(n, ['data', 'answer'])) ?? '') ? 'human' : 'reply';
    case 'end':
      // Workflow apps return the end node's outputs to the caller: that is the reply.
      return mode === 'workflow' ? 'reply' : 'other';
    case 'http-request': {
      const url = str(nodeAt(n, ['data', 'url'])) ?? '';
      return HELPDESK.test(url) || HELPDESK.test(str(nodeAt(n, ['data', 'title'])) ?? '') ? 'human' : 'webhook';
    }
    case 'tool':
      return HELPDESK.test(toolName(n, ['data'])) ? 'human' : 'action';
    case 'knowledge-retrieval':
    case 'code':
    case 'template-transform':
    case 'parameter-extractor':
    case 'variable-aggregator':
    case 'assigner':
      return 'action';
    default:
      return 'other';
  }
}

/** An LLM node's system message (`prompt_template` list, or one object for completion models); an agent node's instruction. */
function addPrompt(
  model: BotModel,
  src: YamlSource,
  n: YNode,
  type: string,
  label: string,
  id: string,
): number | undefined {
  const found =
    type === 'agent'
      ? { node: nodeAt(n, ['data', 'agent_parameters', 'instruction', 'value']), user: false }
      : templateText(n);
  const text = scalarText(src, found.node);
  if (!text?.text.trim()) return undefined;
  const what = type === 'agent' ? 'instruction' : found.user ? 'instructions in the user message' : 'system prompt';
  model.prompts.push({
    id: `node:${id}`,
    label: `${what} of Dify node '${label}'`,
    role: found.user ? 'instructions' : 'system',
    text,
    variables: {},
  });
  return model.prompts.length - 1;
}

/** The text of a message: `jinja2_text` when the message is written in Jinja2, else `text`. */
function messageText(m: YNode | undefined): YNode | undefined {
  const jinja = str(nodeAt(m, ['edition_type'])) === 'jinja2' ? nodeAt(m, ['jinja2_text']) : undefined;
  return str(jinja)?.trim() ? jinja : nodeAt(m, ['text']);
}

/**
 * An LLM node's prompt: the system message (a list for chat models, one object for completion models), or,
 * when it is empty, instructions written around the user's message in the user turn.
 */
function templateText(n: YNode): { node: YNode | undefined; user: boolean } {
  const template = nodeAt(n, ['data', 'prompt_template']);
  const messages = seqItems(template);
  if (!messages.length) return { node: messageText(template), user: false };
  const system = messageText(messages.find((m) => str(nodeAt(m, ['role'])) === 'system'));
  if (str(system)?.trim()) return { node: system, user: false };
  const user = messages
    .filter((m) => str(nodeAt(m, ['role'])) === 'user')
    .map(messageText)
    .find((t) => hasInstructions(str(t) ?? ''));
  return user ? { node: user, user: true } : { node: system, user: false };
}

function addModel(model: BotModel, src: YamlSource, node: YNode | undefined): void {
  const provider = str(nodeAt(node, ['provider']));
  const name = str(nodeAt(node, ['name']));
  if (provider || name)
    model.models.push({
      provider: normaliseProvider(provider?.split('/').pop(), name) ?? 'other',
      model: name,
      ref: refOf(src, nodeAt(node, ['name']) ?? node),
    });
}

/** Tools that search or read the open web (Dify's built-in providers and common plugins). */
const WEB_TOOL =
  /search|google|bing|duckduckgo|ddgo|tavily|searx|serp|wikipedia|webscraper|web_?scrap|jina|perplexity|brave|firecrawl|crawl/i;

/** The enabled tools of an agent-chat app (`agent_mode.tools`) or an agent node (`agent_parameters.tools.value`). */
function agentTools(src: YamlSource, items: YNode[]): FlowNode['tools'] {
  const tools = items
    .filter((t) => bool(nodeAt(t, ['enabled'])) !== false)
    .map((t) => {
      const id = [str(nodeAt(t, ['provider_id'])), str(nodeAt(t, ['provider_name'])), str(nodeAt(t, ['tool_name']))];
      const name = str(nodeAt(t, ['tool_label'])) ?? str(nodeAt(t, ['tool_name'])) ?? id.find(Boolean) ?? 'tool';
      return { name, ref: refOf(src, t), web: WEB_TOOL.test(id.join(' ')) };
    });
  return tools.length ? tools : undefined;
}

/** The names that say what a tool does: its name, label, provider and title. */
function toolName(t: YNode, at: string[]): string {
  return ['tool_name', 'tool_label', 'provider_name', 'provider_id', 'title']
    .map((k) => str(nodeAt(t, [...at, k])) ?? '')
    .join(' ');
}

/**
 * Enabled tools of a model that hand the chat to people (`transfer_to_human`, a Zendesk or Chatwoot tool): each is
 * a way to a person the model can take, so a node the model leads to.
 */
function handoffTools(src: YamlSource, from: string, items: YNode[]): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const nodes: FlowNode[] = [];
  for (const t of items) {
    if (bool(nodeAt(t, ['enabled'])) === false || !HELPDESK.test(toolName(t, []))) continue;
    const name = str(nodeAt(t, ['tool_label'])) ?? str(nodeAt(t, ['tool_name'])) ?? 'tool';
    nodes.push({
      id: `${from}|tool:${name}`,
      label: `tool '${name}' (hands the chat to people)`,
      kind: 'human',
      ref: refOf(src, t),
    });
  }
  return { nodes, edges: nodes.map((n) => ({ from, to: n.id, label: 'tool' })) };
}
