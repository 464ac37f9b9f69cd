import type { BotModel, FlowEdge, FlowNode, SourceRef } from '../../model/types';
import { nodeAt, keySpan, spanOf, strAt, type JNode } from '../shared/jsonSource';
import type { CxIndex, Src } from './exportIndex';

export type Role = FlowNode['role'];

/** The model being built: nodes by id, edges without duplicates, and the export's index. */
export class CxGraph {
  readonly nodes = new Map<string, FlowNode>();
  private readonly edgeKeys = new Set<string>();
  private readonly flowEdges: FlowEdge[] = [];
  /** The agent's default language (which generator phrases and generative settings apply). */
  readonly lang: string;
  /** Index of the generative fallback prompt, shared by every handler that turns it on. */
  fallbackPromptIndex?: number;
  /** Index of the data store agent's prompt; null when its settings write no agent scope. */
  dataStorePromptIndex?: number | null;
  /**
   * The export says the agent chats on WhatsApp (its goals, texts or settings name it): a telephony call transfer,
   * which works only on a phone call, then reaches no one from that chat.
   */
  textChat = false;
  /** Route groups already expanded per owner. */
  readonly visitedGroups = new Set<string>();
  /** Set by the route reader: follows a flow reference (playbooks reference flows too). */
  followFlow: (name: string, useRef: SourceRef, from: string) => FlowNode = () => {
    throw new Error('flow reader not set');
  };

  constructor(
    readonly model: BotModel,
    readonly ix: CxIndex,
    readonly rootUri: string,
  ) {
    model.flow = { nodes: [], edges: this.flowEdges };
    this.lang = (ix.agent && strAt(ix.agent.root, ['defaultLanguageCode'])) ?? 'en';
  }

  /** Adds a node, or returns the one with the same id. */
  add(n: FlowNode): FlowNode {
    const seen = this.nodes.get(n.id);
    if (seen) return seen;
    this.nodes.set(n.id, n);
    this.model.flow!.nodes.push(n);
    return n;
  }

  edge(from: string, to: string, label?: string): void {
    const k = `${from}\u0000${to}`;
    if (this.edgeKeys.has(k)) return;
    this.edgeKeys.add(k);
    this.flowEdges.push({ from, to, label });
  }

  /** The place of a key of a JSON object (or of the whole value when the key is absent). */
  refAt(s: Src, node: JNode | undefined, key?: string): SourceRef {
    return { uri: s.src.uri, span: (key && keySpan(node, key)) || spanOf(node) };
  }

  /** Records `llmModelSettings.model` of a playbook, generator or the generative settings. */
  addModel(s: Src, node: JNode | undefined): void {
    const m = nodeAt(node, ['llmModelSettings', 'model']);
    if (m?.type === 'string')
      this.model.models.push({ provider: 'google', model: m.value as string, ref: this.refAt(s, m) });
  }
}
