import { joinMapped } from '../../model/text';
import type { FlowNode, MappedText, SourceRef } from '../../model/types';
import { nodeAt, seqItems, scalarText, strAt, type JNode } from '../shared/jsonSource';
import { lookup } from './exportIndex';
import { selectedFallbackTemplate } from './generativeSettings';
import type { CxGraph, Role } from './graph';
import { rel } from './layout';
import { DEFAULT_FALLBACK_PROMPT } from './messages';
import { handoffTools, referencedTools } from './tools';

const LLM_URL =
  /openai|anthropic|generativelanguage|aiplatform|\/chat\/completions|\/v1\/messages|\bllm\b|\bgpt\b|gemini|claude/i;

/** The generative fallback prompt (one per agent): the selected template, or the platform's default. */
export function fallbackPrompt(g: CxGraph, handlerRef: SourceRef): number {
  if (g.fallbackPromptIndex !== undefined) return g.fallbackPromptIndex;
  const gs = g.ix.genSettings.get(g.lang) ?? [...g.ix.genSettings.values()][0];
  const fb = gs && nodeAt(gs.root, ['fallbackSettings']);
  const selected = strAt(fb, ['selectedPrompt']);
  const tpl = selectedFallbackTemplate(fb);
  const text = gs && scalarText(gs.src, nodeAt(tpl, ['promptText']));
  if (gs) g.addModel(gs, gs.root);
  const prompts = g.model.prompts;
  if (text && text.text.trim()) {
    prompts.push({
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
    prompts.push({
      id: 'generative-fallback:default',
      label: extra.length
        ? "Dialogflow CX's default generative fallback prompt (with the agent's generative settings)"
        : "Dialogflow CX's default generative fallback prompt",
      role: 'instructions',
      text: {
        uri: handlerRef.uri,
        text: [DEFAULT_FALLBACK_PROMPT, ...extra].join('\n'),
        toSource: () => handlerRef.span.start,
      },
      variables: {},
      implicit: true,
    });
  }
  return (g.fallbackPromptIndex = prompts.length - 1);
}

/**
 * The data store agent's own instructions (`generativeSettings/<lang>.json` → `knowledgeConnectorSettings`: business,
 * description, identity and `agentScope`), when an agent scope is written: Google builds the data store LLM's
 * prompt from them, so a scope that says "answer every topic from general knowledge" opens the data store answers.
 * Undefined without an agent scope (the answers then stay within the documents).
 */
export function dataStorePrompt(g: CxGraph): number | undefined {
  if (g.dataStorePromptIndex !== undefined) return g.dataStorePromptIndex ?? undefined;
  const gs = g.ix.genSettings.get(g.lang) ?? [...g.ix.genSettings.values()][0];
  const kc = gs && nodeAt(gs.root, ['knowledgeConnectorSettings']);
  const parts = ['business', 'businessDescription', 'agentIdentity', 'agentScope']
    .map((k) => gs && scalarText(gs.src, nodeAt(kc, [k])))
    .filter((t): t is MappedText => !!t && !!t.text.trim());
  if (!gs || !strAt(kc, ['agentScope'])?.trim()) {
    g.dataStorePromptIndex = null;
    return undefined;
  }
  g.model.prompts.push({
    id: 'data-store-agent',
    label: 'data store agent settings (business and agent scope)',
    role: 'instructions',
    text: joinMapped(gs.src.uri, parts),
    variables: {},
  });
  return (g.dataStorePromptIndex = g.model.prompts.length - 1);
}

/** A generator called from a fulfillment: its prompt from `promptText` or `phrases/<lang>.json`. */
export function generatorNode(g: CxGraph, name: string, useRef: SourceRef, role: Role): FlowNode {
  const id = `generator:${name}`;
  const existing = g.nodes.get(id);
  if (existing) {
    if (existing.role === 'fallback' && role !== 'fallback') existing.role = role;
    return existing;
  }
  const gen = lookup(g.ix.generators, name);
  let prompt: number | undefined;
  if (gen) {
    const phrases = g.ix.generatorPhrases.get(rel(g.rootUri, gen.src.uri).split('/')[1]) ?? [];
    const byLang = phrases.find((p) => p.src.uri.endsWith(`/${g.lang}.json`)) ?? phrases[0];
    const text =
      scalarText(gen.src, nodeAt(gen.root, ['promptText', 'text'])) ??
      scalarText(gen.src, nodeAt(gen.root, ['promptText'])) ??
      (byLang && scalarText(byLang.src, nodeAt(byLang.root, ['promptTexts', 0, 'text'])));
    if (text) {
      g.model.prompts.push({ id, label: `generator '${name}'`, role: 'template', text, variables: {} });
      prompt = g.model.prompts.length - 1;
    }
    g.addModel(gen, gen.root);
  }
  const ref = gen ? g.refAt(gen, gen.root, 'displayName') : useRef;
  return g.add({ id, label: `generator '${name}'`, kind: 'llm', ref, prompt, role });
}

/** Goal, steps (nested) and guidelines of a playbook, as one prompt. */
function playbookText(src: Parameters<typeof scalarText>[0], root: JNode | undefined): MappedText[] {
  const parts: MappedText[] = [];
  const goal = scalarText(src, nodeAt(root, ['goal']));
  if (goal) parts.push(goal);
  const walkSteps = (steps: JNode | undefined) => {
    for (const st of seqItems(steps)) {
      const t = scalarText(src, nodeAt(st, ['text']));
      if (t) parts.push(t);
      walkSteps(nodeAt(st, ['steps']));
    }
  };
  walkSteps(nodeAt(root, ['instruction', 'steps']));
  walkSteps(nodeAt(root, ['steps']));
  const guidelines = scalarText(src, nodeAt(root, ['instruction', 'guidelines']));
  if (guidelines) parts.push(guidelines);
  return parts;
}

/** `${PLAYBOOK:Billing}` in a playbook's steps (`${AGENT:…}` in older exports): a step that sends the user to it. */
const PLAYBOOK_REF = /\$\{(?:PLAYBOOK|AGENT):\s*([^}\n]{1,200})\}/g;

/**
 * The places where a playbook's text names another playbook of the export (its display name or resource name),
 * adding each name found to `targets`: a handoff said there goes to that playbook, not to a person.
 */
function playbookRefs(g: CxGraph, text: string, targets: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(PLAYBOOK_REF)) {
    const name = m[1].trim();
    if (!lookup(g.ix.playbooks, name)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (!targets.includes(name)) targets.push(name);
  }
  return out;
}

/** A playbook: an LLM whose instructions are its goal and steps; it may hand over to playbooks and flows. */
export function playbookNode(g: CxGraph, name: string, useRef: SourceRef): FlowNode {
  const id = `playbook:${name}`;
  const seen = g.nodes.get(id);
  if (seen) return seen;
  const p = lookup(g.ix.playbooks, name);
  // A playbook is shown by its display name, never by its resource path (`projects/…/playbooks/<id>`).
  if (!p) return g.add({ id, label: `playbook '${name.split('/').pop()}'`, kind: 'llm', ref: useRef, role: 'primary' });
  const shown = strAt(p.root, ['displayName']) ?? name.split('/').pop()!;
  const parts = playbookText(p.src, p.root);
  let prompt: number | undefined;
  const targets: string[] = [];
  if (parts.length) {
    const text = joinMapped(p.src.uri, parts);
    const agentRefs = playbookRefs(g, text.text, targets);
    g.model.prompts.push({
      id,
      label: `playbook '${shown}' (goal and steps)`,
      role: 'instructions',
      text,
      variables: {},
      ...(agentRefs.length ? { agentRefs } : {}),
    });
    prompt = g.model.prompts.length - 1;
  }
  g.addModel(p, p.root);
  const node = g.add({
    id,
    label: `playbook '${shown}'`,
    kind: 'llm',
    ref: g.refAt(p, p.root, 'goal'),
    prompt,
    role: 'primary',
  });
  for (const r of seqItems(nodeAt(p.root, ['referencedPlaybooks'])))
    if (r.type === 'string') g.edge(id, playbookNode(g, r.value as string, g.refAt(p, r)).id, 'playbook');
  // A playbook its steps name but `referencedPlaybooks` does not list is still where those steps send the user.
  for (const t of targets) g.edge(id, playbookNode(g, t, node.ref).id, 'playbook');
  for (const r of seqItems(nodeAt(p.root, ['referencedFlows'])))
    if (r.type === 'string') g.followFlow(r.value as string, g.refAt(p, r), id);
  handoffTools(g, id, referencedTools(p.root));
  return node;
}

/** A webhook: code we cannot see; an LLM endpoint in its URL becomes a "hidden LLM" note. */
export function webhookNode(g: CxGraph, name: string, useRef: SourceRef): FlowNode {
  const id = `webhook:${name}`;
  const seen = g.nodes.get(id);
  if (seen) return seen;
  const w = lookup(g.ix.webhooks, name);
  const url =
    w &&
    (strAt(w.root, ['genericWebService', 'uri']) ?? strAt(w.root, ['serviceDirectory', 'genericWebService', 'uri']));
  const node = g.add({
    id,
    label: `webhook '${w ? (strAt(w.root, ['displayName']) ?? name) : name}'`,
    kind: 'webhook',
    ref: w ? g.refAt(w, w.root, 'displayName') : useRef,
    attrs: url ? { url } : undefined,
  });
  if (url && LLM_URL.test(url)) g.model.notes.push({ kind: 'hidden-llm', ref: node.ref, detail: `webhook ${url}` });
  return node;
}
