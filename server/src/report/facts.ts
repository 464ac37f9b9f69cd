import type { Config } from '../model/config';
import { analyzeUnit } from '../service/promptAnalysis';
import type { PromptAnalysis } from '../analysis/types';
import type { BotModel, FlowNode, PromptUnit, SourceRef } from '../model/types';
import { LineIndex } from '../model/text';
import { openLlms } from '../rules/flow/openLlmNodes';
import { reachFromTriggers } from '../rules/graph';
import type { ReportOptions } from './types';

export interface Place {
  file: string;
  line: number;
}

export interface LlmFact {
  label: string;
  place: Place;
  verdict: 'open-domain' | 'scoped' | 'no prompt' | 'hidden';
  /** The phrase or setting that decided the verdict, in plain words. */
  deciding: string;
  clause: string | null;
  /** Labels of the nodes from the trigger to the LLM (flows only). */
  path: string[];
  nodeId?: string;
}

export interface HumanFact {
  label: string;
  place: Place;
  how: string;
  path: string[];
  nodeId?: string;
}

export interface BotFacts {
  entryPoints: { label: string; detail: string }[];
  llms: LlmFact[];
  humans: HumanFact[];
  models: string[];
}

const OPEN_CLAUSE = 'WA-AI-PROVIDERS';
const HUMAN_CLAUSE = 'WA-HUMAN-ESCALATION';
export { HUMAN_CLAUSE, OPEN_CLAUSE };

/** What a reviewer needs to know about one bot, read from its model with the same analysis the rules use. */
export function botFacts(model: BotModel, config: Config, opts: ReportOptions): BotFacts {
  const indexes = new Map<string, LineIndex>();
  const textOf = (uri: string) => opts.textOf(uri) ?? '';
  const place = (ref: SourceRef): Place => {
    const ix = indexes.get(ref.uri) ?? indexes.set(ref.uri, new LineIndex(textOf(ref.uri))).get(ref.uri)!;
    return { file: opts.relative(ref.uri), line: ix.position(ref.span.start).line + 1 };
  };
  const analyses = new Map<PromptUnit, PromptAnalysis>();
  const analyze = (p: PromptUnit) =>
    analyses.get(p) ?? analyses.set(p, analyzeUnit(p, config.business?.topics ?? [])).get(p)!;
  const models = [...new Set(model.models.map((m) => (m.model ? `${m.provider} ${m.model}` : m.provider)))];
  const whatsapp = whatsappEntry(model, textOf, place);
  if (!model.flow)
    return {
      entryPoints: [
        ...whatsapp,
        { label: 'Prompt', detail: 'used by application code: the entry point is not in this file' },
      ],
      llms: model.prompts.map((p) => promptFact(p, analyze(p), place)),
      humans: promptHumans(model.prompts, analyze, place),
      models,
    };

  const flow = model.flow;
  const reach = reachFromTriggers(flow);
  const open = new Map(openLlms({ model, config, analyze, textOf, report: () => {} }).map((o) => [o.node.id, o]));
  const entryPoints = [
    ...whatsapp,
    ...flow.nodes.filter((n) => n.kind === 'trigger').map((n) => ({ label: n.label, detail: fmtPlace(place(n.ref)) })),
  ];
  const hidden = hiddenLlmNodes(model);
  const llms: LlmFact[] = [];
  const humans: HumanFact[] = [];
  for (const node of flow.nodes) {
    if (!reach.reached.has(node.id)) continue;
    const path = reach.path(node.id).map((n) => n.label);
    const hit = open.get(node.id);
    if (hit)
      llms.push({
        label: node.label,
        place: place(node.ref),
        verdict: node.prompt === undefined && node.kind === 'llm' ? 'no prompt' : 'open-domain',
        deciding: hit.reason,
        clause: OPEN_CLAUSE,
        path,
        nodeId: node.id,
      });
    else if (node.kind === 'llm') llms.push(scopedNode(node, model, analyze, place, path));
    else if (node.kind === 'webhook' && hidden.has(node))
      llms.push({
        label: node.label,
        place: place(node.ref),
        verdict: 'hidden',
        deciding:
          'an LLM behind a webhook or function: its prompt cannot be seen (link it with `links` in .wa-policy.yaml)',
        clause: OPEN_CLAUSE,
        path,
        nodeId: node.id,
      });
    if (node.kind === 'human')
      humans.push({
        label: node.label,
        place: place(node.ref),
        how: 'hand-off step in the flow',
        path,
        nodeId: node.id,
      });
  }
  const reachedPrompts = flow.nodes
    .filter((n) => reach.reached.has(n.id) && n.prompt !== undefined)
    .map((n) => model.prompts[n.prompt!]);
  humans.push(...promptHumans(reachedPrompts, analyze, place));
  return { entryPoints, llms, humans, models };
}

/** The WhatsApp number the bot answers on, when its files name one. */
function whatsappEntry(
  model: BotModel,
  textOf: (uri: string) => string,
  place: (r: SourceRef) => Place,
): { label: string; detail: string }[] {
  const ref = model.whatsapp;
  const number = ref
    ? textOf(ref.uri)
        .slice(ref.span.start, ref.span.end)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
    : '';
  return number ? [{ label: 'WhatsApp number', detail: `${number} (${fmtPlace(place(ref!))})` }] : [];
}

function scopedNode(
  node: FlowNode,
  model: BotModel,
  analyze: (p: PromptUnit) => PromptAnalysis,
  place: (r: SourceRef) => Place,
  path: string[],
): LlmFact {
  const unit = node.prompt === undefined ? undefined : model.prompts[node.prompt];
  const scope = unit ? analyze(unit).signals.find((s) => s.kind === 'scope' || s.kind === 'refusal') : undefined;
  const deciding = scope
    ? `${unit!.label}: ${scope.kind} '${clip(scope.text)}'`
    : unit
      ? `${unit.label}: no general-use grant found`
      : 'no prompt';
  return {
    label: node.label,
    place: place(node.ref),
    verdict: 'scoped',
    deciding,
    clause: OPEN_CLAUSE,
    path,
    nodeId: node.id,
  };
}

function promptFact(p: PromptUnit, a: PromptAnalysis, place: (r: SourceRef) => Place): LlmFact {
  const at = (i: number) => place({ uri: p.text.uri, span: { start: p.text.toSource(i), end: p.text.toSource(i) } });
  const decisive = a.openDomain
    ? (a.signals.find((s) => s.kind === 'grant' || s.kind === 'leak') ??
      a.signals.find((s) => s.kind === 'generic-persona'))
    : a.signals.find((s) => s.kind === 'scope' || s.kind === 'refusal');
  // Not a bot (a pipeline step, an evaluator, documentation): the rules report nothing; the report says why.
  const why = a.notABot
    ? `not a bot talking to customers (${a.notABot.kind}): ${a.notABot.cues.join('; ')}`
    : decisive
      ? `${decisive.kind} on line ${at(decisive.span.start).line}: '${clip(decisive.text)}'`
      : a.openDomain
        ? 'no business scope stated'
        : 'no general-use grant found';
  return {
    label: p.label,
    place: at(0),
    verdict: a.openDomain && !a.notABot ? 'open-domain' : 'scoped',
    deciding: why,
    clause: OPEN_CLAUSE,
    path: [],
  };
}

function promptHumans(
  prompts: PromptUnit[],
  analyze: (p: PromptUnit) => PromptAnalysis,
  place: (r: SourceRef) => Place,
): HumanFact[] {
  const out: HumanFact[] = [];
  for (const p of new Set(prompts)) {
    const s = analyze(p).signals.find((x) => x.kind === 'escalation');
    if (!s) continue;
    out.push({
      label: p.label,
      place: place({
        uri: p.text.uri,
        span: { start: p.text.toSource(s.span.start), end: p.text.toSource(s.span.end) },
      }),
      how: `prompt instruction or contact '${clip(s.text)}'`,
      path: [],
    });
  }
  return out;
}

/** Webhook nodes an adapter noted as hiding an LLM: the note sits at the node or inside it, after its start. */
function hiddenLlmNodes(model: BotModel): Set<FlowNode> {
  const hooks = model.flow!.nodes.filter((n) => n.kind === 'webhook');
  const out = new Set<FlowNode>();
  for (const note of model.notes) {
    if (note.kind !== 'hidden-llm') continue;
    const before = hooks.filter((n) => n.ref.uri === note.ref.uri && n.ref.span.start <= note.ref.span.start);
    const nearest = before.sort((a, b) => b.ref.span.start - a.ref.span.start)[0];
    if (nearest) out.add(nearest);
  }
  return out;
}
export const fmtPlace = (p: Place) => `${p.file}:${p.line}`;
export const clip = (s: string, n = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
