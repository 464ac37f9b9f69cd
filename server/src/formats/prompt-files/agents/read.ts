/**
 * Agent-framework configs read as one bot: a CrewAI `agents.yaml` (agents with role, goal and backstory), an
 * OpenAI Agents-style `agents.json` (agents with `instructions` and `handoffs`), and a LangGraph-style graph config
 * (`nodes:` whose entries hold a prompt, routes between them, an entry and the channels that feed it). This module
 * only reads the shape (which entries are agents, their texts, tools, handoffs and routes); facing.ts decides which
 * of them talk to the WhatsApp customer. JSON is read with the YAML parser, so every text keeps its source range.
 */
import { isMap, isScalar, isSeq, type Node as YNode } from 'yaml';
import type { Span } from '../../../model/types';
import { mapEntries, nodeAt, seqItems, spanOf, str, type YamlSource } from '../../shared/yamlSource';

export type AgentStyle = 'crew' | 'agents' | 'graph' | 'app';

export interface AgentEntry {
  name: string;
  span: Span;
  /** The entry's prompt texts (role, goal, backstory; instructions; prompt), as YAML scalars. */
  texts: YNode[];
  /** What the entry says about who talks to it (`channel`, `audience`), lower-case; '' when nothing. */
  channel: string;
  /** The entry's type (`classifier`, `llm_router`, `human_queue`), lower-case; '' when none. */
  type: string;
  /** Names of the tools it may call, and the descriptions given inline. */
  tools: { name: string; description?: YNode }[];
  /** Agents (or queues) it hands the conversation to (`handoffs`). */
  handoffs: string[];
  /** Entries a router sends messages to (`edges`, `routes`, `goto`, `next`). */
  routes: string[];
}

export interface AgentConfig {
  style: AgentStyle;
  agents: AgentEntry[];
  /** The entry named by the file (`entry_agent`, `entry`, `entry_node`), if any. */
  entry: string[];
  /** Entries a WhatsApp channel feeds (`channels.whatsapp.entry`, an entry router's `if: channel == 'whatsapp'`). */
  whatsappEntry: string[];
  /** Descriptions of named tools and queues defined apart from the agents (`tools:`, `human_queues:`). */
  defs: Map<string, { description?: YNode; human: boolean }>;
  /** An app config (`app`): the map that configures the one assistant, read whole (its keys say what each list is). */
  whole?: Span;
}

/** Keys of a CrewAI agent. */
const CREW_KEYS = ['role', 'goal', 'backstory'];
/** Keys that hold an agent's or a node's prompt. */
const PROMPT_KEYS = /^(?:instructions?|prompt|system_?prompt|system_?message|systemMessage|systemPrompt)$/i;
/** A prompt shorter than this is a label. */
const MIN_TEXT = 40;
const CHANNEL_KEYS = /^(?:channel|channels|audience|surface|platform|interface)$/i;
const ROUTE_KEYS = /^(?:edges|routes|next|goto|transitions|branches)$/i;
/** A node type or queue that is a person, not a model. */
export const HUMAN_TYPE = /human|live[-_ ]?agent|operator|agent[-_]inbox|helpdesk/i;

const scalarString = (n: YNode | undefined): string | undefined =>
  isScalar(n) && typeof n.value === 'string' ? n.value : undefined;

/** Every string under a node (channel lists, route maps), lower-case, joined. */
function flatText(n: YNode | undefined, out: string[] = [], depth = 0): string[] {
  if (!n || depth > 4) return out;
  const s = scalarString(n);
  if (s !== undefined) out.push(s.toLowerCase());
  for (const [k, v] of mapEntries(n)) {
    out.push(k.toLowerCase());
    flatText(v, out, depth + 1);
  }
  for (const item of seqItems(n)) flatText(item, out, depth + 1);
  return out;
}

function names(n: YNode | undefined): string[] {
  const one = scalarString(n);
  if (one !== undefined) return [one];
  return seqItems(n).flatMap((item) => {
    const s = scalarString(item) ?? str(nodeAt(item, ['name'])) ?? str(nodeAt(item, ['agent']));
    return s ? [s] : [];
  });
}

function toolsOf(n: YNode | undefined): AgentEntry['tools'] {
  if (isMap(n)) return mapEntries(n).map(([name, v]) => ({ name, description: nodeAt(v, ['description']) }));
  return seqItems(n).flatMap((item) => {
    const s = scalarString(item);
    if (s !== undefined) return [{ name: s }];
    const name = str(nodeAt(item, ['name']));
    return name ? [{ name, description: nodeAt(item, ['description']) }] : [];
  });
}

function routesOf(v: YNode | undefined): string[] {
  const out: string[] = [];
  const s = scalarString(v);
  if (s !== undefined) out.push(s);
  for (const [, target] of mapEntries(v)) out.push(...routesOf(target));
  for (const item of seqItems(v)) {
    const to = nodeAt(item, ['goto']) ?? nodeAt(item, ['to']) ?? nodeAt(item, ['target']) ?? item;
    out.push(...routesOf(to));
  }
  return out;
}

function entryOf(name: string, node: YNode | undefined, textKeys: (k: string) => boolean): AgentEntry {
  const e: AgentEntry = {
    name,
    span: spanOf(node),
    texts: [],
    channel: '',
    type: '',
    tools: [],
    handoffs: [],
    routes: [],
  };
  for (const [k, v] of mapEntries(node)) {
    if (textKeys(k) && scalarString(v) !== undefined) e.texts.push(v as YNode);
    else if (CHANNEL_KEYS.test(k)) e.channel += ` ${flatText(v).join(' ')}`;
    else if (/^(?:type|kind)$/i.test(k)) e.type = (scalarString(v) ?? '').toLowerCase();
    else if (/^tools$/i.test(k)) e.tools = toolsOf(v);
    else if (/^handoffs?$/i.test(k)) e.handoffs = names(v);
    else if (ROUTE_KEYS.test(k)) e.routes.push(...routesOf(v));
  }
  e.channel = e.channel.trim();
  return e;
}

const textLength = (e: AgentEntry): number => e.texts.reduce((n, t) => n + (scalarString(t)?.trim().length ?? 0), 0);

const LOCALE = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;

/** A CrewAI agents file: most top-level entries are maps with string role/goal/backstory. */
function readCrew(root: YNode): AgentConfig | undefined {
  // A translation file keys the same labels by locale (`en: {role: …, goal: …}`): no agent is named `en` or `pt-BR`.
  const entries = mapEntries(root).filter(([k, v]) => isMap(v) && !LOCALE.test(k));
  const agents = entries
    .filter(([, v]) => CREW_KEYS.filter((k) => scalarString(nodeAt(v, [k])) !== undefined).length >= 2)
    .map(([name, v]) => entryOf(name, v, (k) => CREW_KEYS.includes(k.toLowerCase())));
  if (!agents.length || agents.length * 2 < mapEntries(root).length) return undefined;
  if (!agents.some((a) => textLength(a) >= MIN_TEXT)) return undefined;
  return { style: 'crew', agents, entry: [], whatsappEntry: [], defs: new Map() };
}

/** Entries of a map or a list of named maps. */
function namedEntries(n: YNode | undefined): [string, YNode][] {
  if (isMap(n)) return mapEntries(n).flatMap(([k, v]) => (isMap(v) ? [[k, v] as [string, YNode]] : []));
  if (isSeq(n))
    return seqItems(n).flatMap((item, i) => {
      if (!isMap(item)) return [];
      const name = str(nodeAt(item, ['name'])) ?? str(nodeAt(item, ['id'])) ?? `#${i + 1}`;
      return [[name, item] as [string, YNode]];
    });
  return [];
}

function defsOf(root: YNode): AgentConfig['defs'] {
  const defs: AgentConfig['defs'] = new Map();
  for (const [k, v] of mapEntries(root)) {
    if (!/^(?:tools|functions|human_?queues|queues|handoff_?targets|humans)$/i.test(k)) continue;
    for (const [name, def] of namedEntries(v))
      defs.set(name, {
        description: nodeAt(def, ['description']),
        human: /human|queue/i.test(k) || HUMAN_TYPE.test(str(nodeAt(def, ['type'])) ?? ''),
      });
  }
  return defs;
}

/** The entry names a WhatsApp channel feeds: `channels: {whatsapp: {entry: x}}`, `entry_router: [{if: …whatsapp…, goto: x}]`. */
function whatsappEntries(root: YNode): string[] {
  const out: string[] = [];
  for (const [k, v] of mapEntries(root)) {
    if (/^channels?$/i.test(k))
      for (const [ch, def] of mapEntries(v))
        if (/whats\s?app/i.test(ch))
          out.push(...routesOf(nodeAt(def, ['entry']) ?? nodeAt(def, ['entry_node']) ?? def));
    if (/^entry[-_]?(?:router|routes?)$/i.test(k))
      for (const item of seqItems(v))
        if (/whats\s?app/i.test(flatText(nodeAt(item, ['if'])).join(' ')))
          out.push(...routesOf(nodeAt(item, ['goto'])));
  }
  return out;
}

/** OpenAI Agents style (`agents: [{name, instructions, handoffs}]`) or a graph (`nodes:` holding prompts). */
function readListed(root: YNode): AgentConfig | undefined {
  // A flow export (n8n `connections`, React Flow `edges` of source and target) is its own format's, never a graph config.
  if (nodeAt(root, ['connections']) || seqItems(nodeAt(root, ['edges'])).some((e) => nodeAt(e, ['source'])))
    return undefined;
  // A router kept beside the agents (`router: {system_prompt, routes}`) is a layout this reader does not follow yet:
  // the file is left to the keyed-config reader, which reads it whole.
  const router = mapEntries(root).some(
    ([k, v]) => !/^(?:agents|nodes)$/.test(k) && isMap(v) && mapEntries(v).some(([rk]) => ROUTE_KEYS.test(rk)),
  );
  if (router) return undefined;
  const listed = nodeAt(root, ['agents']);
  const nodes = nodeAt(root, ['nodes']);
  // Graph nodes listed by id only are a flow export's; a graph config names its nodes (a map, or `name:` keys).
  if (isSeq(nodes) && !seqItems(nodes).some((n) => nodeAt(n, ['name']))) return undefined;
  const style: AgentStyle | undefined = listed && !nodes ? 'agents' : nodes ? 'graph' : undefined;
  if (!style) return undefined;
  const agents = namedEntries(style === 'agents' ? listed : nodes).map(([name, v]) =>
    entryOf(name, v, (k) => PROMPT_KEYS.test(k)),
  );
  if (!agents.some((a) => textLength(a) >= MIN_TEXT)) return undefined;
  const entry = ['entry_agent', 'starting_agent', 'entry', 'entry_node', 'entry_point', 'start']
    .flatMap((k) => routesOf(nodeAt(root, [k])))
    .filter((n) => agents.some((a) => a.name === n));
  return { style, agents, entry, whatsappEntry: whatsappEntries(root), defs: defsOf(root) };
}

/** Keys of an assistant's app config that state its behaviour (what it covers, refuses, falls back to, hands over). */
const BEHAVIOUR_KEYS =
  /^(?:allowed_?topics|topics|scope|in_?scope|out_?of_?scope|fallback(?:_?policy)?|tone|style|rules|guidelines|policy|policies|escalation|persona|greeting|behaviou?r|guardrails|restrictions)$/i;
const MODEL_KEYS = /^(?:model|llm|model_?name|channel)$/i;

/**
 * An app config for one assistant (`assistant: {channel, model, allowed_topics, fallback_policy, tone, tools,
 * escalation}`): a model or channel key and at least two keys of behaviour, holding some text.
 */
function readApp(root: YNode): AgentConfig | undefined {
  const top = mapEntries(root);
  const inner = top.length === 1 && /^(?:assistant|bot|agent|chatbot)$/i.test(top[0][0]) ? top[0][1] : root;
  const keys = mapEntries(inner).map(([k]) => k);
  const behaviour = mapEntries(inner).filter(([k]) => BEHAVIOUR_KEYS.test(k));
  // A config with a prompt key is a prompt template (templateYaml.ts reads it with its slot values).
  if (keys.some((k) => /prompt|instruc|system/i.test(k))) return undefined;
  if (!keys.some((k) => MODEL_KEYS.test(k)) || behaviour.length < 2) return undefined;
  if (behaviour.reduce((n, [, v]) => n + flatText(v).join(' ').length, 0) < MIN_TEXT) return undefined;
  const agent = entryOf('assistant', inner, () => false);
  return { style: 'app', agents: [agent], entry: [], whatsappEntry: [], defs: new Map(), whole: spanOf(inner) };
}

/** The agents of an agent-framework config, or undefined when the file has none of the shapes. */
export function readAgentConfig(src: YamlSource): AgentConfig | undefined {
  const root = src.doc.contents ?? undefined;
  if (!isMap(root)) return undefined;
  return readListed(root as YNode) ?? readCrew(root as YNode) ?? readApp(root as YNode);
}
