import type { FlowNode, SourceRef } from '../../model/types';
import { nodeAt, seqItems, mapEntries, strAt, type JNode } from '../shared/jsonSource';
import { lookup, type Src } from './exportIndex';
import type { CxGraph, Role } from './graph';
import { dataStorePrompt, fallbackPrompt, generatorNode, playbookNode, webhookNode } from './llmNodes';
import { humanMessages } from './messages';

const HANDOFF_MESSAGE = /^(liveAgentHandoff|telephonyTransferCall)$/;
const NO_PAGE = /^(END_SESSION|END_FLOW|END_FLOW_WITH_\w+|CURRENT_PAGE|PREVIOUS_PAGE)$/;

/** Response messages that hand the conversation over (`liveAgentHandoff`, `telephonyTransferCall`), at any depth. */
function handoffMessages(n: JNode | undefined, out: JNode[], depth = 0): JNode[] {
  if (!n || depth > 8) return out;
  for (const [k, v] of mapEntries(n)) {
    if (HANDOFF_MESSAGE.test(k)) out.push(n);
    else handoffMessages(v, out, depth + 1);
  }
  for (const c of seqItems(n)) handoffMessages(c, out, depth + 1);
  return out;
}

/** What a fulfillment does: hand-offs, human contacts in its messages, its webhook and generators. */
function fulfillment(g: CxGraph, from: string, s: Src, ful: JNode | undefined, role: Role): void {
  if (!ful) return;
  const handoffs = handoffMessages(nodeAt(ful, ['conditionalCases']), handoffMessages(nodeAt(ful, ['messages']), []));
  for (const msg of handoffs) {
    const key = mapEntries(msg).find(([k]) => HANDOFF_MESSAGE.test(k))![0];
    const ref = g.refAt(s, msg, key);
    const label = key === 'liveAgentHandoff' ? 'live-agent handoff' : 'transfer call';
    // A call transfer is voice only: in a WhatsApp chat it connects no one (its number is never shown).
    const voiceOnly = key === 'telephonyTransferCall' && g.textChat;
    g.edge(
      from,
      g.add({
        id: `${from}#handoff@${ref.span.start}`,
        label: voiceOnly ? 'telephony call transfer (voice only: does nothing in a WhatsApp chat)' : label,
        kind: voiceOnly ? 'action' : 'human',
        ref,
      }).id,
      key,
    );
  }
  for (const h of humanMessages(nodeAt(ful, ['messages']))) {
    const ref = g.refAt(s, h.node);
    g.edge(
      from,
      g.add({ id: `${from}#contact@${ref.span.start}`, label: h.label, kind: 'human', ref }).id,
      'human contact',
    );
  }
  const wh = nodeAt(ful, ['webhook']);
  if (wh?.type === 'string' && wh.value) g.edge(from, webhookNode(g, wh.value as string, g.refAt(s, wh)).id, 'webhook');
  for (const gen of seqItems(nodeAt(ful, ['generators']))) {
    const name = nodeAt(gen, ['generator']);
    if (name?.type === 'string')
      g.edge(from, generatorNode(g, name.value as string, g.refAt(s, name), role).id, 'generator');
  }
}

/** Where a route or handler goes: a page, a symbolic target (human escalation), a flow or a playbook. */
function target(g: CxGraph, from: string, flowKey: string, s: Src, r: JNode): void {
  const page = nodeAt(r, ['targetPage']);
  const fl = nodeAt(r, ['targetFlow']);
  const pb = nodeAt(r, ['targetPlaybook']);
  if (page?.type === 'string') {
    const name = page.value as string;
    if (name === 'START_PAGE') g.edge(from, `flow:${flowKey}`);
    else if (name === 'END_FLOW_WITH_HUMAN_ESCALATION') {
      const ref = g.refAt(s, page);
      const id = `${from}#escalation@${page.offset}`;
      g.edge(from, g.add({ id, label: 'end flow with human escalation', kind: 'human', ref }).id, 'escalation');
    } else if (!NO_PAGE.test(name)) g.edge(from, pageNode(g, flowKey, name, g.refAt(s, page)).id);
  }
  if (fl?.type === 'string') flowNode(g, fl.value as string, g.refAt(s, fl), from);
  if (pb?.type === 'string') g.edge(from, playbookNode(g, pb.value as string, g.refAt(s, pb)).id, 'playbook');
}

/** Intent and condition routes of a flow, page or route group. */
function transitionRoutes(g: CxGraph, ownerId: string, flowKey: string, s: Src, owner: JNode | undefined, role: Role) {
  for (const r of seqItems(nodeAt(owner, ['transitionRoutes']))) {
    const intent = nodeAt(r, ['intent']);
    let from = ownerId;
    if (intent?.type === 'string') {
      const name = intent.value as string;
      from = g.add({
        id: `${ownerId}>intent:${name}`,
        label: `intent '${name}'`,
        kind: 'router',
        ref: g.refAt(s, intent),
        attrs: { intent: name },
      }).id;
      g.edge(ownerId, from, 'intent');
    }
    fulfillment(g, from, s, nodeAt(r, ['triggerFulfillment']), role);
    target(g, from, flowKey, s, r);
  }
}

/** Data store answers: grounded in the agent's documents (an LLM summarises what the search found). */
function dataStore(g: CxGraph, ownerId: string, s: Src, owner: JNode | undefined): void {
  const kc = nodeAt(owner, ['knowledgeConnectorSettings']);
  if (nodeAt(kc, ['enabled'])?.value !== true) return;
  // With an agent scope written in the generative settings, that scope is the data store LLM's instruction.
  const prompt = dataStorePrompt(g);
  const id = g.add({
    id: `${ownerId}#datastore`,
    label: `data store answers of ${ownerId.replace(/:/, ' ')}`,
    kind: prompt === undefined ? 'search' : 'llm',
    ref: g.refAt(s, owner, 'knowledgeConnectorSettings'),
    relevancyCheck: true,
    role: 'fallback',
    prompt,
  }).id;
  g.edge(ownerId, id, 'data store');
  fulfillment(g, id, s, nodeAt(kc, ['triggerFulfillment']), 'fallback');
}

/** Routes, route groups, event handlers, data store settings and form re-prompts of a flow or page. */
function routesOf(g: CxGraph, ownerId: string, flowKey: string, s: Src, owner: JNode | undefined, role: Role): void {
  transitionRoutes(g, ownerId, flowKey, s, owner, role);
  for (const grp of seqItems(nodeAt(owner, ['transitionRouteGroups']))) {
    const group = grp.type === 'string' ? lookup(g.ix.routeGroups, grp.value as string) : undefined;
    const key = `${ownerId}|${group?.src.uri}`;
    if (group && !g.visitedGroups.has(key)) {
      g.visitedGroups.add(key);
      routesOf(g, ownerId, flowKey, group, group.root, role);
    }
  }
  handlers(g, ownerId, flowKey, s, nodeAt(owner, ['eventHandlers']), role);
  dataStore(g, ownerId, s, owner);
  for (const p of seqItems(nodeAt(owner, ['form', 'parameters'])))
    handlers(g, ownerId, flowKey, s, nodeAt(p, ['fillBehavior', 'repromptEventHandlers']), role);
}

/** A no-match handler: what the bot does with a message it does not understand (maybe a generative fallback). */
function noMatchHandler(g: CxGraph, ownerId: string, flowKey: string, s: Src, h: JNode, event: string): void {
  const ful = nodeAt(h, ['triggerFulfillment']);
  const hasText = seqItems(nodeAt(ful, ['messages'])).some((m) => nodeAt(m, ['text']));
  const id = g.add({
    id: `${ownerId}#${event}@${h.offset}`,
    label: `no-match handler (${event})`,
    kind: hasText ? 'reply' : 'other',
    ref: g.refAt(s, nodeAt(h, ['event'])),
    role: 'fallback',
    attrs: { event },
  }).id;
  g.edge(ownerId, id, event);
  fulfillment(g, id, s, ful, 'fallback');
  target(g, id, flowKey, s, h);
  const flag = nodeAt(ful, ['enableGenerativeFallback']);
  if (flag?.type !== 'boolean' || flag.value !== true) return;
  const ref = g.refAt(s, ful, 'enableGenerativeFallback');
  const llm = g.add({
    id: `${id}#generative-fallback`,
    label: `generative fallback (${event})`,
    kind: 'llm',
    ref,
    role: 'fallback',
    prompt: fallbackPrompt(g, ref),
    openSettings: [
      {
        key: 'enableGenerativeFallback',
        ref: g.refAt(s, flag),
        title: 'Turn off generative fallback',
        l10n: { key: 'fix.dialogflowGenerativeOff' },
      },
    ],
  });
  g.edge(id, llm.id, 'generative fallback');
}

function handlers(g: CxGraph, ownerId: string, flowKey: string, s: Src, list: JNode | undefined, role: Role): void {
  for (const h of seqItems(list)) {
    const event = strAt(h, ['event']) ?? '';
    if (/^sys\.no-match/.test(event)) noMatchHandler(g, ownerId, flowKey, s, h, event);
    else {
      fulfillment(g, ownerId, s, nodeAt(h, ['triggerFulfillment']), role);
      target(g, ownerId, flowKey, s, h);
    }
  }
}

function pageNode(g: CxGraph, flowKey: string, name: string, useRef: SourceRef): FlowNode {
  const id = `page:${flowKey}/${name}`;
  const seen = g.nodes.get(id);
  if (seen) return seen;
  const folder = lookup(g.ix.flowsByName, flowKey)?.folder ?? flowKey;
  const p = lookup(g.ix.pages.get(folder) ?? new Map<string, Src>(), name);
  const node = g.add({
    id,
    label: `page '${name}'`,
    kind: 'action',
    ref: p ? g.refAt(p, p.root, 'displayName') : useRef,
  });
  if (p) {
    fulfillment(g, id, p, nodeAt(p.root, ['entryFulfillment']), undefined);
    routesOf(g, id, flowKey, p, p.root, undefined);
  }
  return node;
}

/** A flow reached from `from` (the start, a route, a playbook): its entry fulfillment and routes. */
export function flowNode(g: CxGraph, name: string, useRef: SourceRef, from: string): FlowNode {
  const f = lookup(g.ix.flowsByName, name);
  const key = f ? (strAt(f.root, ['displayName']) ?? f.folder) : name;
  const id = `flow:${key}`;
  const seen = g.nodes.get(id);
  g.edge(from, id, 'flow');
  if (seen) return seen;
  const ref = f ? g.refAt(f, f.root, 'displayName') : useRef;
  const node = g.add({ id, label: `flow '${key}'`, kind: 'router', ref });
  if (f) {
    fulfillment(g, id, f, nodeAt(f.root, ['entryFulfillment']), undefined);
    routesOf(g, id, key, f, f.root, undefined);
  }
  return node;
}
