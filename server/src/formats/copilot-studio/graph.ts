import type { Node as YNode } from 'yaml';
import type { BotModel, FlowEdge, FlowNode, SourceRef } from '../../model/types';
import { nodeAt as jsonAt, refOf as jref, type JsonSource } from '../shared/jsonSource';
import { bool, nodeAt, refOf, type YamlSource } from '../shared/yamlSource';

/** A boolean setting that opens generation beyond the business, with the `true` token to turn off. */
export interface Flag {
  key: string;
  ref: SourceRef;
  value: boolean;
}

export interface Topic {
  name: string;
  src: YamlSource;
  dialog: YNode | undefined;
}

/** What the parse of one agent gathers: its model and flow, its topics and the agent-wide settings. */
export interface Ctx {
  model: BotModel;
  flow: { nodes: FlowNode[]; edges: FlowEdge[] };
  /** The flow's nodes by id (a topic's actions can be many: a lookup, not a scan, per node). */
  byId: Map<string, FlowNode>;
  /** Edges already added: an action reached twice (a YAML alias) adds its edge once. */
  edgeKeys: Set<string>;
  topics: Map<string, Topic>;
  instructions?: number;
  modelKnowledge?: Flag;
  webBrowsing?: Flag;
  /** Where generative orchestration is turned on, if it is. */
  orchestration?: SourceRef;
  /** The agent's own definition (its `kind:` or first setting): where the conversation starts. */
  entry?: SourceRef;
  /** The channels the agent is published to (`configuration.channels[].channelId`), when its settings list them. */
  channels: { id: string; ref: SourceRef }[];
}

export function newCtx(model: BotModel): Ctx {
  const ctx: Ctx = {
    model,
    flow: { nodes: [], edges: [] },
    byId: new Map(),
    edgeKeys: new Set(),
    topics: new Map(),
    channels: [],
  };
  model.flow = ctx.flow;
  return ctx;
}

/** Adds a flow node, or returns the node already there under that id. */
export function add(ctx: Ctx, n: FlowNode): FlowNode {
  const existing = ctx.byId.get(n.id);
  if (existing) return existing;
  ctx.byId.set(n.id, n);
  ctx.flow.nodes.push(n);
  return n;
}

export function edge(ctx: Ctx, from: string, to: string, label?: string): void {
  const key = JSON.stringify([from, to, label]);
  if (ctx.edgeKeys.has(key)) return;
  ctx.edgeKeys.add(key);
  ctx.flow.edges.push({ from, to, label });
}

export function yflag(src: YamlSource, parent: YNode | undefined, key: string): Flag | undefined {
  const n = nodeAt(parent, [key]);
  const v = bool(n);
  return v === undefined ? undefined : { key, ref: refOf(src, n), value: v };
}

export function jflag(src: JsonSource, path: (string | number)[]): Flag | undefined {
  const n = jsonAt(src.root, path);
  return n?.type === 'boolean'
    ? { key: String(path[path.length - 1]), ref: jref(src, n), value: n.value === true }
    : undefined;
}
