import { emptyModel, type BotModel, type FlowNode, type SourceRef } from '../../model/types';
import type { ProjectFile } from '../types';
import { contactOffered } from '../shared/handoff';
import { tierTested } from '../shared/audience';
import { codeParsersReady, codeParsersWanted } from '../code/parser';
import { readCustomActions } from './actions';
import { customActionNode } from './customNodes';
import { walkFlow } from './flowCache';
import { addModels } from './endpointModels';
import { policies } from './policies';
import type { Add, Ctx, Edge } from './context';
import {
  mapEntries,
  nodeAt,
  parseYaml,
  refOf,
  scalarText,
  seqItems,
  str,
  bool,
  type YamlSource,
} from '../shared/yamlSource';
import type { Node as YNode } from 'yaml';

/** The top-level keys that mark Rasa YAML. */
const RASA_KEYS =
  /^(version|nlu|rules|stories|flows|intents|slots|responses|actions|forms|recipe|pipeline|policies|assistant_id|action_endpoint|nlg|model_groups|tracker_store|twilio|rest|socketio)\s*:/m;

export function looksLikeRasaYaml(text: string): boolean {
  return RASA_KEYS.test(text);
}

/** Rasa's built-in chitchat prompt (used when a free-form chitchat response has no rephrase_prompt of its own). */
const DEFAULT_CHITCHAT_PROMPT =
  "You are an incredibly friendly assistant. Generate a short response to the user's comment in simple english.";
const FREE_FORM = /^utter_free_chitchat_response$/;
const NOT_AVAILABLE = /not_available|unavailable|no_human|not_possible/i;
const HANDOFF_ACTION =
  /handoff|hand_off|transfer|human|agent|escalat|live_?chat|atendente|asesor|conseill|berater|operator|staff|reception|front_desk|cs_|petugas|kefu|mitarbeiter/i;

/** `parse` lets the caller reuse parses between edits (see YamlChunkCache). */
export function parseRasaProject(
  rootUri: string,
  files: ProjectFile[],
  parse: (uri: string, text: string) => YamlSource = parseYaml,
): BotModel {
  const model = emptyModel('rasa', rootUri);
  model.files = files.map((f) => f.uri);
  const ctx = readProjectFiles(model, files, parse);
  const flow = { nodes: [] as FlowNode[], edges: [] as { from: string; to: string; label?: string }[] };
  model.flow = flow;
  const add = (n: FlowNode) =>
    ctx.nodes.has(n.id) ? ctx.nodes.get(n.id)! : (ctx.nodes.set(n.id, n), flow.nodes.push(n), n);
  const edge = (from: string, to: string, label?: string) => flow.edges.push({ from, to, label });

  const config = [...ctx.files.values()].find(
    (s) => nodeAt(s, ['pipeline']) || nodeAt(s, ['policies']) || nodeAt(s, ['recipe']),
  );
  for (const p of config ? seqItems(nodeAt(config, ['policies'])) : [])
    ctx.fallbackActions.add(str(nodeAt(p, ['core_fallback_action_name'])) ?? 'action_default_fallback');
  addModels(model, ctx.files.values());
  for (const src of ctx.files.values()) {
    for (const [name, resp, k] of mapEntries(nodeAt(src, ['responses'])))
      ctx.responses.set(name, { node: resp, src, key: k && { uri: src.uri, span: k } });
    const tw = nodeAt(src, ['twilio', 'twilio_number']);
    if (/^whatsapp:/i.test(str(tw) ?? '')) model.whatsapp = refOf(src, tw);
  }

  const domain = [...ctx.files.values()].find((s) => nodeAt(s, ['intents']) || nodeAt(s, ['responses']));
  const entry = config
    ? refOf(config, nodeAt(config, ['pipeline']) ?? nodeAt(config, ['recipe']))
    : domain
      ? refOf(domain, nodeAt(domain, ['intents']) ?? nodeAt(domain, ['responses']))
      : { uri: rootUri, span: { start: 0, end: 0 } };
  // The trigger sits on the config (the file that defines the bot), never on credentials.yml.
  add({ id: 'user', label: 'user message', kind: 'trigger', ref: entry });
  // CALM routes with a command generator; a classic project with its NLU pipeline and dialogue policies.
  const calm =
    !config ||
    seqItems(nodeAt(config, ['pipeline'])).some((p) => /CommandGenerator/.test(str(nodeAt(p, ['name'])) ?? ''));
  add({ id: 'router', label: calm ? 'command generator' : 'NLU and policies', kind: 'router', ref: entry });
  edge('user', 'router');

  // Flows: business flows are started by the router; patterns by the dialogue engine.
  const flows = new Map<string, { src: YamlSource; node: YNode | undefined; key?: SourceRef }>();
  for (const src of ctx.files.values()) {
    for (const [id, f, k] of mapEntries(nodeAt(src, ['flows'])))
      flows.set(id, { src, node: f, key: k && { uri: src.uri, span: k } });
  }
  for (const [id, f] of flows) {
    const kind = id === 'pattern_human_handoff' ? 'other' : 'action';
    add({
      id: `flow:${id}`,
      label: `flow '${id}'`,
      kind,
      ref: f.key ?? refOf(f.src, f.node),
      role: id === 'pattern_chitchat' ? 'chitchat' : id === 'pattern_cannot_handle' ? 'fallback' : undefined,
    });
    if (!id.startsWith('pattern_') || /^pattern_(chitchat|cannot_handle|search|human_handoff)$/.test(id))
      edge('router', `flow:${id}`);
    walkFlowOf(ctx, id, f, add, edge);
  }
  classicStories(ctx, add, edge);
  // Built-in defaults when a pattern is not overridden.
  if (!flows.has('pattern_chitchat'))
    add({
      id: 'flow:pattern_chitchat',
      label: "Rasa's default pattern_chitchat (utter_cannot_handle)",
      kind: 'reply',
      ref: entry,
      role: 'chitchat',
    });
  if (!flows.has('pattern_search'))
    add({ id: 'flow:pattern_search', label: 'pattern_search', kind: 'other', ref: entry });

  if (config) policies(ctx, config, add, edge);
  if (!ctx.nodes.has('flow:pattern_search')) edge('router', 'flow:pattern_search');
  return model;
}

/** YAML files parsed; custom actions (Python) and prompt templates kept aside. */
function readProjectFiles(
  model: BotModel,
  files: ProjectFile[],
  parse: (uri: string, text: string) => YamlSource,
): Ctx {
  const ctx: Ctx = {
    model,
    files: new Map(),
    responses: new Map(),
    nodes: new Map(),
    actions: new Map(),
    templates: new Map(),
    fallbackActions: new Set(['action_default_fallback']),
  };
  const python = files.filter((f) => /\.py$/i.test(f.uri));
  // The language server loads the parsers on demand (asked for here) and reads the project again once they are there.
  if (python.length && !codeParsersReady() && !codeParsersWanted())
    model.issues.push({
      message:
        'The custom actions (actions/*.py) were not read: the Python parser (tree-sitter wasm) could not be loaded, so LLM calls and handoffs in them are not checked.',
      ref: { uri: python[0].uri, span: { start: 0, end: Math.min(1, python[0].text.length) } },
      severity: 'info',
    });
  const custom = readCustomActions(model.uri, python);
  model.issues.push(...custom.issues);
  for (const a of custom.actions) ctx.actions.set(a.name, a);
  for (const f of files) {
    if (/\.py$/i.test(f.uri)) continue;
    else if (!/\.ya?ml$/i.test(f.uri)) ctx.templates.set(f.uri, f.text);
    else {
      const src = parse(f.uri, f.text);
      model.issues.push(...src.issues);
      ctx.files.set(f.uri, src);
    }
  }
  return ctx;
}

/**
 * Classic Rasa rules and stories (`rules:` / `stories:` with `- intent:` / `- action:` steps): business paths the
 * dialogue policies follow, read like flows (a rule that runs a handoff action is a path to a person).
 */
function classicStories(ctx: Ctx, add: Add, edge: Edge): void {
  for (const src of ctx.files.values())
    for (const key of ['rules', 'stories'] as const) {
      const what = key === 'rules' ? 'rule' : 'story';
      seqItems(nodeAt(src, [key])).forEach((item, i) => {
        const nameNode = nodeAt(item, [what]);
        const id = `${what}:${str(nameNode) ?? i}`;
        add({
          id: `flow:${id}`,
          label: `${what} '${str(nameNode) ?? i + 1}'`,
          kind: 'action',
          ref: refOf(src, nameNode ?? item),
        });
        edge('router', `flow:${id}`);
        const steps = seqItems(nodeAt(item, ['steps']));
        // A rule on `nlu_fallback` (the FallbackClassifier's intent) runs its actions on what the NLU did not understand.
        if (str(nodeAt(steps[0], ['intent'])) === 'nlu_fallback')
          for (const s of steps) if (str(nodeAt(s, ['action']))) ctx.fallbackActions.add(str(nodeAt(s, ['action']))!);
        walkSteps(ctx, id, src, steps, add, edge);
      });
    }
}

/** A flow's steps, replayed from the last walk of the same flow node when nothing it read changed (flowCache.ts). */
function walkFlowOf(ctx: Ctx, id: string, f: { src: YamlSource; node: YNode | undefined }, add: Add, edge: Edge): void {
  walkFlow(
    {
      flowId: id,
      uri: f.src.uri,
      node: f.node,
      depsOf: (action) => [ctx.responses.get(action)?.node, ctx.actions.get(action), ctx.fallbackActions.has(action)],
      modelSize: () => ctx.model.prompts.length + ctx.model.issues.length,
      has: (nodeId) => ctx.nodes.has(nodeId),
    },
    add,
    edge,
    (a, e, seen) => walkSteps(ctx, id, f.src, seqItems(nodeAt(f.node, ['steps'])), a, e, seen),
  );
}

function walkSteps(
  ctx: Ctx,
  flowId: string,
  src: YamlSource,
  steps: YNode[],
  add: Add,
  edge: Edge,
  seen?: (action: string) => void,
  tier?: string,
): void {
  for (const step of steps) {
    const action = str(nodeAt(step, ['action']));
    const link = str(nodeAt(step, ['link'])) ?? str(nodeAt(step, ['call']));
    if (action) {
      seen?.(action);
      const n = reservedFor(actionNode(ctx, flowId, src, step, action), tier);
      add(n);
      edge(`flow:${flowId}`, n.id);
    }
    if (link) edge(`flow:${flowId}`, `flow:${link}`, 'link');
    // A branch that admits one customer tier (`if: slots.tier = "gold"`) serves only that tier: a person reached
    // there is no path for every customer. The `else` of a condition that excludes the tier is the same.
    let excluded: string | undefined;
    for (const branch of seqItems(nodeAt(step, ['next']))) {
      const test = tierTested(str(nodeAt(branch, ['if'])) ?? '');
      const thenTier = test && !test.negated ? test.tier : undefined;
      if (test?.negated) excluded = test.tier;
      walkSteps(ctx, flowId, src, seqItems(nodeAt(branch, ['then'])), add, edge, seen, tier ?? thenTier);
      walkSteps(ctx, flowId, src, seqItems(nodeAt(branch, ['else'])), add, edge, seen, tier ?? excluded);
    }
  }
}

/** A human step behind a branch for one customer tier: a message for that tier, not a path to a person. */
function reservedFor(n: FlowNode, tier: string | undefined): FlowNode {
  if (!tier || n.kind !== 'human') return n;
  return { ...n, kind: 'reply', label: `${n.label} (only for the '${tier}' tier)` };
}

function actionNode(ctx: Ctx, flowId: string, src: YamlSource, step: YNode, action: string): FlowNode {
  const ref = refOf(src, nodeAt(step, ['action']));
  const id = `${flowId}/${action}@${ref.span.start}`;
  const role = flowId === 'pattern_chitchat' ? 'chitchat' : flowId === 'pattern_cannot_handle' ? 'fallback' : undefined;
  const resp = ctx.responses.get(action);
  const rephrase = resp && seqItems(resp.node).find((v) => bool(nodeAt(v, ['metadata', 'rephrase'])));
  if (
    FREE_FORM.test(action) ||
    (rephrase && /placeholder_this_utterance_needs_the_rephraser/.test(str(nodeAt(rephrase, ['text'])) ?? ''))
  ) {
    const promptNode = rephrase ? nodeAt(rephrase, ['metadata', 'rephrase_prompt']) : undefined;
    const text = resp && promptNode ? scalarText(resp.src, promptNode) : undefined;
    ctx.model.prompts.push(
      text
        ? {
            id: `rephrase_prompt:${action}`,
            label: `rephrase_prompt of ${action}`,
            role: 'instructions',
            text,
            variables: {},
          }
        : {
            id: `default:${action}`,
            label: `Rasa's built-in free-form chitchat prompt (${action})`,
            role: 'instructions',
            text: { uri: ref.uri, text: DEFAULT_CHITCHAT_PROMPT, toSource: () => ref.span.start },
            variables: {},
            implicit: true,
          },
    );
    return { id, label: action, kind: 'llm', ref, role, prompt: ctx.model.prompts.length - 1 };
  }
  if (action === 'action_trigger_search') return { id, label: action, kind: 'search', ref, role };
  const custom = ctx.actions.get(action);
  const fromCode = custom && customActionNode(ctx.model, custom, { id, ref, role }, ctx.fallbackActions.has(action));
  if (fromCode) return fromCode;
  // IntentlessPolicy answers chitchat by picking one of the domain's own responses: no free generation.
  if (action === 'action_trigger_chitchat')
    return {
      id,
      label: `${action} (IntentlessPolicy picks a response from the domain)`,
      kind: 'reply',
      ref,
      role,
      attrs: { action },
    };
  // A response that gives a phone number or an e-mail of the business is a way to reach a person (in the
  // handoff pattern too: a project's override often utters the contact instead of transferring).
  const contact = resp && action.startsWith('utter_') ? responseContact(resp.node) : undefined;
  if (contact) return { id, label: `${action} (gives ${contact})`, kind: 'human', ref, role, attrs: { action } };
  // A custom action of the handoff pattern whose code we read, whose name says no handoff and which calls no helpdesk
  // (`action_load_customer`: a lookup that sets slots before a branch) is a step before the handoff, not the handoff.
  if (flowId === 'pattern_human_handoff' && custom && !HANDOFF_ACTION.test(action) && !custom.onlyMessages)
    return { id, label: action, kind: 'action', ref, role, attrs: { action } };
  if (flowId === 'pattern_human_handoff' || HANDOFF_ACTION.test(action)) {
    // A custom action whose code only sends messages hands nothing over: a person is reached only when one of the
    // responses it sends gives a contact.
    if (custom?.onlyMessages) {
      const given = custom.responses.map((r) => responseContact(ctx.responses.get(r)?.node)).find(Boolean);
      return given
        ? { id, label: `${action} (gives ${given})`, kind: 'human', ref, role, attrs: { action } }
        : {
            id,
            label: `${action} (only sends a message, hands nothing over)`,
            kind: 'reply',
            ref,
            role,
            attrs: { action },
          };
    }
    const human = !action.startsWith('utter_') && !NOT_AVAILABLE.test(action);
    return { id, label: action, kind: human ? 'human' : 'reply', ref, role, attrs: { action } };
  }
  return { id, label: action, kind: action.startsWith('utter_') ? 'reply' : 'action', ref, role, attrs: { action } };
}

function responseContact(variants: YNode | undefined): string | undefined {
  for (const v of seqItems(variants)) {
    const text = str(nodeAt(v, ['text']));
    const contact = text && !NOT_AVAILABLE.test(text) ? contactOffered(text) : undefined;
    if (contact) return contact;
  }
  return undefined;
}
