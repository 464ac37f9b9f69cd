import { emptyModel, type BotModel, type FlowNode, type MappedText, type SourceRef } from '../../model/types';
import { dirOf, join } from '../../model/uri';
import type { Host } from '../../model/host';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  mapEntries,
  spanOf,
  scalarText,
  strAt,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { joinMapped, openIntents } from './intents';
import { DEFAULT_FALLBACK_PROMPT, humanMessages } from './messages';

const PLACES =
  'agent\\.json|flows/[^/]+/[^/]+\\.json|flows/[^/]+/pages/[^/]+\\.json|flows/[^/]+/transitionRouteGroups/[^/]+\\.json|transitionRouteGroups/[^/]+\\.json|intents/[^/]+/[^/]+\\.json|intents/[^/]+/trainingPhrases/[^/]+\\.json|playbooks/.+\\.json|generators/.+\\.json|generativeSettings/[^/]+\\.json|webhooks/[^/]+\\.json';
/** The files of a Dialogflow CX export, relative to the folder that holds `agent.json`. */
const LAYOUT = new RegExp(`^(${PLACES})$`);
/** The same places anywhere in a path: the name test done before any file is read. */
export const DIALOGFLOW_CX_PATH = new RegExp(`(^|/)(${PLACES})$`);
const FOLDERS = [
  'flows',
  'intents',
  'playbooks',
  'generators',
  'generativeSettings',
  'webhooks',
  'transitionRouteGroups',
];

/**
 * `agent.json` of a CX export: a default language plus the start flow or playbook (console and gcloud
 * exports have no `displayName`; the name is the folder's). Dialogflow ES has `language` instead.
 */
export function looksLikeDialogflowAgent(text: string): boolean {
  return (
    /"defaultLanguageCode"\s*:/.test(text) &&
    /"(startFlow|startPlaybook|timeZone|projectNumber|displayName)"\s*:/.test(text)
  );
}

const rel = (root: string, uri: string) => decodeURIComponent(uri.slice(root.length + 1));

/** The export folder a file belongs to, or undefined when the file is not in one of the export's places. */
export function dialogflowCxRoot(uri: string, host: Host): string | undefined {
  if (!DIALOGFLOW_CX_PATH.test(decodeURIComponent(uri))) return undefined;
  let dir = dirOf(uri);
  for (let depth = 0; depth < 6; depth++) {
    const agent = host.readFile(join(dir, 'agent.json'));
    if (agent !== undefined && looksLikeDialogflowAgent(agent.slice(0, 20_000)))
      return LAYOUT.test(rel(dir, uri)) ? dir : undefined;
    const up = dirOf(dir);
    if (up === dir || !up.includes('/')) break;
    dir = up;
  }
  return undefined;
}

export function dialogflowCxFiles(root: string, host: Host): string[] {
  const out = [join(root, 'agent.json')];
  for (const d of FOLDERS)
    for (const u of host.listFiles(join(root, d), 5000)) if (LAYOUT.test(rel(root, u))) out.push(u);
  return out;
}

const HANDOFF_MESSAGE = /^(liveAgentHandoff|telephonyTransferCall)$/;
interface Src {
  src: JsonSource;
  root: JNode | undefined;
}

type Role = FlowNode['role'];

/** Builds the model of a CX export: start flow, pages, intents (as routers), no-match handlers, generators, playbooks, handoffs. */
export function parseDialogflowCx(rootUri: string, files: ProjectFile[]): BotModel {
  const agentUri = join(rootUri, 'agent.json');
  const model = emptyModel('dialogflow-cx', agentUri);
  model.files = files.map((f) => f.uri);
  const flowsByName = new Map<string, Src & { folder: string }>();
  const pages = new Map<string, Map<string, Src>>(); // flow folder -> page name -> page
  const intents = new Map<string, { src?: Src; phrases: { text: string; ref: SourceRef }[] }>();
  const playbooks = new Map<string, Src>();
  const generators = new Map<string, Src>();
  const genSettings = new Map<string, Src>();
  const webhooks = new Map<string, Src>();
  const routeGroups = new Map<string, Src>();
  const generatorPhrases = new Map<string, Src[]>(); // generator folder -> phrases/<lang>.json
  let agent: Src | undefined;

  const intentOf = (name: string) => intents.get(name) ?? intents.set(name, { phrases: [] }).get(name)!;
  const index = (map: Map<string, Src>, s: Src, fallback: string) => {
    for (const k of [strAt(s.root, ['displayName']), strAt(s.root, ['name']), fallback])
      if (k && !map.has(k)) map.set(k, s);
  };
  for (const f of files) {
    const src = parseJson(f.uri, f.text);
    model.issues.push(...src.issues);
    const s: Src = { src, root: src.root };
    const parts = rel(rootUri, f.uri).split('/');
    const stem = parts[parts.length - 1].replace(/\.json$/i, '');
    if (parts.length === 1) agent = s;
    else if (parts[0] === 'flows' && parts.length === 3) {
      const entry = { ...s, folder: parts[1] };
      for (const k of [strAt(s.root, ['displayName']), strAt(s.root, ['name']), parts[1]])
        if (k && !flowsByName.has(k)) flowsByName.set(k, entry);
    } else if (parts[0] === 'flows' && parts[2] === 'pages') {
      const m = pages.get(parts[1]) ?? pages.set(parts[1], new Map()).get(parts[1])!;
      index(m, s, stem);
    } else if (parts[0] === 'intents' && parts.length === 3) {
      const entry = intentOf(parts[1]);
      entry.src = s;
      const name = strAt(s.root, ['displayName']);
      if (name && name !== parts[1]) intents.set(name, entry);
    } else if (parts[0] === 'intents' && parts[2] === 'trainingPhrases') {
      const phrases = intentOf(parts[1]).phrases;
      for (const p of seqItems(nodeAt(s.root, ['trainingPhrases']))) {
        const textParts = seqItems(nodeAt(p, ['parts']));
        const text = textParts.map((x) => strAt(x, ['text']) ?? '').join('');
        if (text) phrases.push({ text, ref: { uri: f.uri, span: spanOf(textParts[0]) } });
      }
    } else if (parts[0] === 'playbooks') {
      if (nodeAt(s.root, ['goal']) || nodeAt(s.root, ['instruction']) || nodeAt(s.root, ['steps']))
        index(playbooks, s, parts[1]);
    } else if (parts[0] === 'generators' && parts[2] === 'phrases') {
      (generatorPhrases.get(parts[1]) ?? generatorPhrases.set(parts[1], []).get(parts[1])!).push(s);
    } else if (parts[0] === 'generators') {
      if (nodeAt(s.root, ['promptText']) || nodeAt(s.root, ['displayName'])) index(generators, s, parts[1]);
    } else if (parts.includes('transitionRouteGroups')) {
      index(routeGroups, s, stem);
    } else if (parts[0] === 'generativeSettings') genSettings.set(strAt(s.root, ['languageCode']) ?? stem, s);
    else if (parts[0] === 'webhooks') index(webhooks, s, stem);
  }
  const lookup = <T>(map: Map<string, T>, name: string | undefined) =>
    name === undefined ? undefined : (map.get(name) ?? map.get(name.slice(name.lastIndexOf('/') + 1)));

  const flow = { nodes: [] as FlowNode[], edges: [] as { from: string; to: string; label?: string }[] };
  model.flow = flow;
  const nodes = new Map<string, FlowNode>();
  const edgeKeys = new Set<string>();
  const add = (n: FlowNode) => nodes.get(n.id) ?? (nodes.set(n.id, n), flow.nodes.push(n), n);
  const edge = (from: string, to: string, label?: string) => {
    const k = `${from}\u0000${to}`;
    if (!edgeKeys.has(k)) (edgeKeys.add(k), flow.edges.push({ from, to, label }));
  };
  const refAt = (s: Src, node: JNode | undefined, key?: string): SourceRef => ({
    uri: s.src.uri,
    span: (key && keySpan(node, key)) || spanOf(node),
  });
  const agentRef: SourceRef = agent
    ? refAt(agent, agent.root, 'displayName')
    : { uri: agentUri, span: { start: 0, end: 0 } };
  const lang = (agent && strAt(agent.root, ['defaultLanguageCode'])) ?? 'en';
  const addModel = (s: Src, node: JNode | undefined) => {
    const m = nodeAt(node, ['llmModelSettings', 'model']);
    if (m?.type === 'string') model.models.push({ provider: 'google', model: m.value as string, ref: refAt(s, m) });
  };

  add({ id: 'user', label: 'user message', kind: 'trigger', ref: agentRef });

  // ---- generative fallback prompt (one per agent, shared by every handler that turns it on)
  let fallbackPromptIndex: number | undefined;
  const fallbackPrompt = (handlerRef: SourceRef): number => {
    if (fallbackPromptIndex !== undefined) return fallbackPromptIndex;
    const gs = genSettings.get(lang) ?? [...genSettings.values()][0];
    const fb = gs && nodeAt(gs.root, ['fallbackSettings']);
    const selected = strAt(fb, ['selectedPrompt']);
    const templates = seqItems(nodeAt(fb, ['promptTemplates']));
    const tpl =
      selected !== undefined
        ? templates.find((t) => strAt(t, ['displayName']) === selected)
        : templates.length === 1
          ? templates[0]
          : undefined;
    const text = gs && scalarText(gs.src, nodeAt(tpl, ['promptText']));
    if (gs) addModel(gs, gs.root);
    if (text && text.text.trim()) {
      model.prompts.push({
        id: 'generative-fallback',
        label: `generative fallback prompt '${strAt(tpl, ['displayName']) ?? selected ?? 'custom'}'`,
        role: 'instructions',
        text,
        variables: {},
      });
    } else {
      // The platform prompt plus whatever the agent's knowledge-connector settings say about its business and scope.
      const kc = gs && nodeAt(gs.root, ['knowledgeConnectorSettings']);
      const extra = ['agent', 'business', 'businessDescription', 'agentScope']
        .map((k) => strAt(kc, [k]))
        .filter((t): t is string => !!t && !!t.trim());
      const body = [DEFAULT_FALLBACK_PROMPT, ...extra].join('\n');
      model.prompts.push({
        id: 'generative-fallback:default',
        label: extra.length
          ? "Dialogflow CX's default generative fallback prompt (with the agent's generative settings)"
          : "Dialogflow CX's default generative fallback prompt",
        role: 'instructions',
        text: { uri: handlerRef.uri, text: body, toSource: () => handlerRef.span.start },
        variables: {},
        implicit: true,
      });
    }
    return (fallbackPromptIndex = model.prompts.length - 1);
  };

  // ---- generators, playbooks, webhooks: one node each, created on first use
  const generatorNode = (name: string, useRef: SourceRef, role: Role): FlowNode => {
    const id = `generator:${name}`;
    const existing = nodes.get(id);
    if (existing) {
      if (existing.role === 'fallback' && role !== 'fallback') existing.role = role;
      return existing;
    }
    const g = lookup(generators, name);
    let prompt: number | undefined;
    if (g) {
      const phrases = generatorPhrases.get(rel(rootUri, g.src.uri).split('/')[1]) ?? [];
      const byLang = phrases.find((p) => p.src.uri.endsWith(`/${lang}.json`)) ?? phrases[0];
      const text =
        scalarText(g.src, nodeAt(g.root, ['promptText', 'text'])) ??
        scalarText(g.src, nodeAt(g.root, ['promptText'])) ??
        (byLang && scalarText(byLang.src, nodeAt(byLang.root, ['promptTexts', 0, 'text'])));
      if (text) {
        model.prompts.push({ id, label: `generator '${name}'`, role: 'template', text, variables: {} });
        prompt = model.prompts.length - 1;
      }
      addModel(g, g.root);
    }
    return add({
      id,
      label: `generator '${name}'`,
      kind: 'llm',
      ref: g ? refAt(g, g.root, 'displayName') : useRef,
      prompt,
      role,
    });
  };

  const playbookNode = (name: string, useRef: SourceRef): FlowNode => {
    const id = `playbook:${name}`;
    if (nodes.has(id)) return nodes.get(id)!;
    const p = lookup(playbooks, name);
    if (!p) return add({ id, label: `playbook '${name}'`, kind: 'llm', ref: useRef, role: 'primary' });
    const parts: MappedText[] = [];
    const goal = scalarText(p.src, nodeAt(p.root, ['goal']));
    if (goal) parts.push(goal);
    const walkSteps = (steps: JNode | undefined) => {
      for (const st of seqItems(steps)) {
        const t = scalarText(p.src, nodeAt(st, ['text']));
        if (t) parts.push(t);
        walkSteps(nodeAt(st, ['steps']));
      }
    };
    walkSteps(nodeAt(p.root, ['instruction', 'steps']));
    walkSteps(nodeAt(p.root, ['steps']));
    const guidelines = scalarText(p.src, nodeAt(p.root, ['instruction', 'guidelines']));
    if (guidelines) parts.push(guidelines);
    let prompt: number | undefined;
    if (parts.length) {
      model.prompts.push({
        id,
        label: `playbook '${name}' (goal and steps)`,
        role: 'instructions',
        text: joinMapped(p.src.uri, parts),
        variables: {},
      });
      prompt = model.prompts.length - 1;
    }
    addModel(p, p.root);
    const node = add({
      id,
      label: `playbook '${name}'`,
      kind: 'llm',
      ref: refAt(p, p.root, 'goal'),
      prompt,
      role: 'primary',
    });
    for (const r of seqItems(nodeAt(p.root, ['referencedPlaybooks'])))
      if (r.type === 'string') edge(id, playbookNode(r.value as string, refAt(p, r)).id, 'playbook');
    for (const r of seqItems(nodeAt(p.root, ['referencedFlows'])))
      if (r.type === 'string') flowNode(r.value as string, refAt(p, r), id);
    return node;
  };

  const webhookNode = (name: string, useRef: SourceRef): FlowNode => {
    const id = `webhook:${name}`;
    if (nodes.has(id)) return nodes.get(id)!;
    const w = lookup(webhooks, name);
    const url =
      w &&
      (strAt(w.root, ['genericWebService', 'uri']) ?? strAt(w.root, ['serviceDirectory', 'genericWebService', 'uri']));
    const node = add({
      id,
      label: `webhook '${w ? (strAt(w.root, ['displayName']) ?? name) : name}'`,
      kind: 'webhook',
      ref: w ? refAt(w, w.root, 'displayName') : useRef,
      attrs: url ? { url } : undefined,
    });
    if (
      url &&
      /openai|anthropic|generativelanguage|aiplatform|\/chat\/completions|\/v1\/messages|\bllm\b|\bgpt\b|gemini|claude/i.test(
        url,
      )
    )
      model.notes.push({ kind: 'hidden-llm', ref: node.ref, detail: `webhook ${url}` });
    return node;
  };

  // ---- fulfillments, routes, handlers
  const fulfillment = (from: string, s: Src, ful: JNode | undefined, role: Role) => {
    if (!ful) return;
    const handoffs: JNode[] = [];
    const findHandoffs = (n: JNode | undefined, depth: number) => {
      if (!n || depth > 8) return;
      for (const [k, v] of mapEntries(n)) {
        if (HANDOFF_MESSAGE.test(k)) handoffs.push(n);
        else findHandoffs(v, depth + 1);
      }
      for (const c of seqItems(n)) findHandoffs(c, depth + 1);
    };
    findHandoffs(nodeAt(ful, ['messages']), 0);
    findHandoffs(nodeAt(ful, ['conditionalCases']), 0);
    for (const msg of handoffs) {
      const key = mapEntries(msg).find(([k]) => HANDOFF_MESSAGE.test(k))![0];
      const ref = refAt(s, msg, key);
      const id = add({
        id: `${from}#handoff@${ref.span.start}`,
        label: key === 'liveAgentHandoff' ? 'live-agent handoff' : 'transfer call',
        kind: 'human',
        ref,
      }).id;
      edge(from, id, key);
    }
    for (const h of humanMessages(nodeAt(ful, ['messages']))) {
      const ref = refAt(s, h.node);
      edge(
        from,
        add({ id: `${from}#contact@${ref.span.start}`, label: h.label, kind: 'human', ref }).id,
        'human contact',
      );
    }
    const wh = nodeAt(ful, ['webhook']);
    if (wh?.type === 'string' && wh.value) edge(from, webhookNode(wh.value as string, refAt(s, wh)).id, 'webhook');
    for (const g of seqItems(nodeAt(ful, ['generators']))) {
      const name = nodeAt(g, ['generator']);
      if (name?.type === 'string')
        edge(from, generatorNode(name.value as string, refAt(s, name), role).id, 'generator');
    }
  };

  const target = (from: string, flowKey: string, s: Src, r: JNode) => {
    const page = nodeAt(r, ['targetPage']);
    const fl = nodeAt(r, ['targetFlow']);
    const pb = nodeAt(r, ['targetPlaybook']);
    if (page?.type === 'string') {
      const name = page.value as string;
      if (name === 'START_PAGE') edge(from, `flow:${flowKey}`);
      else if (name === 'END_FLOW_WITH_HUMAN_ESCALATION')
        edge(
          from,
          add({
            id: `${from}#escalation@${page.offset}`,
            label: 'end flow with human escalation',
            kind: 'human',
            ref: refAt(s, page),
          }).id,
          'escalation',
        );
      else if (!/^(END_SESSION|END_FLOW|END_FLOW_WITH_\w+|CURRENT_PAGE|PREVIOUS_PAGE)$/.test(name))
        edge(from, pageNode(flowKey, name, refAt(s, page)).id);
    }
    if (fl?.type === 'string') flowNode(fl.value as string, refAt(s, fl), from);
    if (pb?.type === 'string') edge(from, playbookNode(pb.value as string, refAt(s, pb)).id, 'playbook');
  };

  /** Routes and event handlers of a flow or page (`base` is the JSON path of the handlers' owner). */
  const visitedGroups = new Set<string>();
  const routesOf = (ownerId: string, flowKey: string, s: Src, owner: JNode | undefined, role: Role) => {
    for (const r of seqItems(nodeAt(owner, ['transitionRoutes']))) {
      const intent = nodeAt(r, ['intent']);
      let from = ownerId;
      if (intent?.type === 'string') {
        const name = intent.value as string;
        from = add({
          id: `${ownerId}>intent:${name}`,
          label: `intent '${name}'`,
          kind: 'router',
          ref: refAt(s, intent),
          attrs: { intent: name },
        }).id;
        edge(ownerId, from, 'intent');
      }
      fulfillment(from, s, nodeAt(r, ['triggerFulfillment']), role);
      target(from, flowKey, s, r);
    }
    for (const g of seqItems(nodeAt(owner, ['transitionRouteGroups']))) {
      const group = g.type === 'string' ? lookup(routeGroups, g.value as string) : undefined;
      if (group && !visitedGroups.has(`${ownerId}|${group.src.uri}`)) {
        visitedGroups.add(`${ownerId}|${group.src.uri}`);
        routesOf(ownerId, flowKey, group, group.root, role);
      }
    }
    handlers(ownerId, flowKey, s, nodeAt(owner, ['eventHandlers']), ['eventHandlers'], role);
    const kc = nodeAt(owner, ['knowledgeConnectorSettings']);
    if (nodeAt(kc, ['enabled'])?.value === true) {
      // Data store answers: grounded in the agent's documents (an LLM summarises what the search found).
      const id = add({
        id: `${ownerId}#datastore`,
        label: `data store answers of ${ownerId.replace(/:/, ' ')}`,
        kind: 'search',
        ref: refAt(s, owner, 'knowledgeConnectorSettings'),
        relevancyCheck: true,
        role: 'fallback',
      }).id;
      edge(ownerId, id, 'data store');
      fulfillment(id, s, nodeAt(kc, ['triggerFulfillment']), 'fallback');
    }
    seqItems(nodeAt(owner, ['form', 'parameters'])).forEach((p, j) =>
      handlers(
        ownerId,
        flowKey,
        s,
        nodeAt(p, ['fillBehavior', 'repromptEventHandlers']),
        ['form', 'parameters', j, 'fillBehavior', 'repromptEventHandlers'],
        role,
      ),
    );
  };

  const handlers = (
    ownerId: string,
    flowKey: string,
    s: Src,
    list: JNode | undefined,
    path: (string | number)[],
    role: Role,
  ) => {
    seqItems(list).forEach((h, i) => {
      const eventNode = nodeAt(h, ['event']);
      const event = eventNode?.type === 'string' ? (eventNode.value as string) : '';
      const ful = nodeAt(h, ['triggerFulfillment']);
      if (!/^sys\.no-match/.test(event)) {
        fulfillment(ownerId, s, ful, role);
        target(ownerId, flowKey, s, h);
        return;
      }
      const hasText = seqItems(nodeAt(ful, ['messages'])).some((m) => nodeAt(m, ['text']));
      const id = add({
        id: `${ownerId}#${event}@${h.offset}`,
        label: `no-match handler (${event})`,
        kind: hasText ? 'reply' : 'other',
        ref: refAt(s, eventNode),
        role: 'fallback',
        attrs: { event },
      }).id;
      edge(ownerId, id, event);
      fulfillment(id, s, ful, 'fallback');
      target(id, flowKey, s, h);
      const flag = nodeAt(ful, ['enableGenerativeFallback']);
      if (flag?.type === 'boolean' && flag.value === true) {
        const ref = refAt(s, ful, 'enableGenerativeFallback');
        const llm = add({
          id: `${id}#generative-fallback`,
          label: `generative fallback (${event})`,
          kind: 'llm',
          ref,
          role: 'fallback',
          prompt: fallbackPrompt(ref),
          openSettings: [
            {
              key: 'enableGenerativeFallback',
              ref: refAt(s, flag),
              title: 'Turn off generative fallback',
              l10n: { key: 'fix.dialogflowGenerativeOff' },
            },
          ],
        });
        edge(id, llm.id, 'generative fallback');
      }
    });
  };

  function pageNode(flowKey: string, name: string, useRef: SourceRef): FlowNode {
    const id = `page:${flowKey}/${name}`;
    if (nodes.has(id)) return nodes.get(id)!;
    const folder = lookup(flowsByName, flowKey)?.folder ?? flowKey;
    const p = lookup(pages.get(folder) ?? new Map<string, Src>(), name);
    const node = add({
      id,
      label: `page '${name}'`,
      kind: 'action',
      ref: p ? refAt(p, p.root, 'displayName') : useRef,
    });
    if (p) {
      fulfillment(id, p, nodeAt(p.root, ['entryFulfillment']), undefined);
      routesOf(id, flowKey, p, p.root, undefined);
    }
    return node;
  }

  function flowNode(name: string, useRef: SourceRef, from: string): FlowNode {
    const f = lookup(flowsByName, name);
    const key = f ? (strAt(f.root, ['displayName']) ?? f.folder) : name;
    const id = `flow:${key}`;
    const seen = nodes.get(id);
    edge(from, id, 'flow');
    if (seen) return seen;
    const node = add({ id, label: `flow '${key}'`, kind: 'router', ref: f ? refAt(f, f.root, 'displayName') : useRef });
    if (f) {
      fulfillment(id, f, nodeAt(f.root, ['entryFulfillment']), undefined);
      routesOf(id, key, f, f.root, undefined);
    }
    return node;
  }

  // ---- entry: start playbook or start flow
  const startPlaybook = agent && nodeAt(agent.root, ['startPlaybook']);
  const startFlow = agent && nodeAt(agent.root, ['startFlow']);
  if (startPlaybook?.type === 'string' && startPlaybook.value)
    edge('user', playbookNode(startPlaybook.value as string, refAt(agent!, startPlaybook)).id, 'start');
  else {
    const name =
      startFlow?.type === 'string' && lookup(flowsByName, startFlow.value as string)
        ? (startFlow.value as string)
        : flowsByName.has('Default Start Flow')
          ? 'Default Start Flow'
          : flowsByName.size === 1
            ? [...flowsByName.keys()][0]
            : 'Default Start Flow';
    flowNode(name, startFlow && agent ? refAt(agent, startFlow) : agentRef, 'user');
  }

  openIntents(model, intents, lookup);
  return model;
}
