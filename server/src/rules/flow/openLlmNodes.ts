// The open LLM nodes of a flow (reachable LLM or search nodes that answer user messages without a business scope):
// computed once per model for the rules flow/open-domain-llm and flow/open-domain-fallback, and for the report.
import { fixTexts } from '../../analysis';
import { adapterOf } from '../../formats';
import type { Fix } from '../../model/fixes';
import type { PromptAnalysis } from '../../analysis/types';
import type { FlowNode, PromptUnit, SourceRef } from '../../model/types';
import { describePath, reachFromTriggers } from '../graph';
import { describeSignals, refIn } from '../signals';
import type { RuleContext, RuleFinding } from '../types';

export interface OpenLlm {
  node: FlowNode;
  /** True when business routing exists and the LLM only takes what it does not understand. */
  incidental: boolean;
  finding: Omit<RuleFinding, 'message' | 'why'>;
  reason: string;
}

const memo = new WeakMap<object, { config: object; result: OpenLlm[] }>();

/** Every reachable LLM (or unchecked search) that answers user messages without a business scope. */
export function openLlms(ctx: RuleContext): OpenLlm[] {
  // Two rules ask for the same model and config in one run: compute once.
  const hit = memo.get(ctx.model);
  if (hit?.config === ctx.config) return hit.result;
  const result = computeOpenLlms(ctx);
  memo.set(ctx.model, { config: ctx.config, result });
  return result;
}

function computeOpenLlms(ctx: RuleContext): OpenLlm[] {
  const flow = ctx.model.flow;
  if (!flow) return [];
  const reach = reachFromTriggers(flow);
  const business = flow.nodes.some(
    (n) => reach.reached.has(n.id) && (n.kind === 'router' || n.kind === 'action' || n.kind === 'human') && !n.role,
  );
  const out: OpenLlm[] = [];
  // One finding per cause: an open node behind another open node on its path, or a second node with the
  // same prompt, is the same problem.
  const reported = new Set<string>();
  const prompts = new Set<number>();
  for (const node of flow.nodes) {
    if (!reach.reached.has(node.id)) continue;
    const path = reach.path(node.id);
    if (path.some((n) => n !== node && reported.has(n.id)) || (node.prompt !== undefined && prompts.has(node.prompt)))
      continue;
    const related = [
      ...path.map((n) => ({ ref: n.ref, message: `path: ${n.label}` })),
      ...(node.tools ?? []).map((t) => ({ ref: t.ref, message: `tool: ${t.name}${t.web ? ' (the open web)' : ''}` })),
    ];
    const incidental =
      business &&
      (node.role === 'fallback' ||
        node.role === 'chitchat' ||
        path.some((n) => n.role === 'fallback' || n.role === 'chitchat'));
    if (node.kind === 'search' && node.relevancyCheck === false) {
      reported.add(node.id);
      out.push({
        node,
        incidental: true,
        reason: `search answers without a relevancy check (${describePath(path)})`,
        finding: {
          ref: node.ref,
          related,
          signals: [`path: ${describePath(path)}`, 'relevancy check: off'],
          howToFix:
            'Turn on the relevancy check so that questions the documents do not answer get the fixed out-of-scope reply.',
          l10n: { key: 'open', howToFix: 'flow.howToFix.search' },
        },
      });
      continue;
    }
    if (node.kind !== 'llm') continue;
    const unit = node.prompt === undefined ? undefined : ctx.model.prompts[node.prompt];
    if (!unit) {
      // Adapters that know why nothing limits the model (a platform setting) say so in `openReason`.
      const why = node.openReason;
      reported.add(node.id);
      out.push({
        node,
        incidental,
        reason: `${why ?? 'an LLM with no system prompt answers user messages'} (${describePath(path)})`,
        finding: {
          ref: node.ref,
          related,
          signals: [`path: ${describePath(path)}`, why ?? 'system prompt: none'],
          howToFix: why
            ? "Turn the setting off so answers come only from the business's own knowledge, and keep the instructions limited to the business topics."
            : 'Give the model a system prompt that limits it to the business topics and declines anything else.',
          l10n: { key: 'open', howToFix: why ? 'flow.howToFix.setting' : 'flow.howToFix.noPrompt' },
        },
      });
      continue;
    }
    const a = ctx.analyze(unit);
    if (!a.openDomain) continue;
    reported.add(node.id);
    prompts.add(node.prompt!);
    out.push(openPromptNode(ctx, node, unit, a, path, related, incidental));
  }
  return out;
}

/** The finding of an LLM node whose prompt is open-domain: on the deciding sentence when it is in the prompt's file. */
function openPromptNode(
  ctx: RuleContext,
  node: FlowNode,
  unit: PromptUnit,
  a: PromptAnalysis,
  path: FlowNode[],
  related: { ref: SourceRef; message: string }[],
  incidental: boolean,
): OpenLlm {
  const decisive =
    a.signals.find((s) => s.kind === 'grant' || s.kind === 'leak') ??
    a.signals.find((s) => s.kind === 'generic-persona');
  // A prompt in another file (linked through the config) is reported on the node, pointing at the prompt.
  const inPrompt = decisive && !unit.implicit ? refIn(unit, decisive.span.start, decisive.span.end) : undefined;
  const ref = inPrompt && !unit.external ? inPrompt : node.ref;
  const source = ctx.textOf(unit.text.uri);
  return {
    node,
    incidental,
    reason: `${unit.label} is ${a.reason === 'leak' ? 'leaky' : 'not scoped'} (${decisive ? `"${decisive.text.trim()}"` : 'no statement limits it to a business'}); path: ${describePath(path)}`,
    finding: {
      ref,
      related: [
        ...related,
        ...(ref === node.ref ? [] : [{ ref: node.ref, message: `LLM node: ${node.label}` }]),
        ...(inPrompt && inPrompt !== ref ? [{ ref: inPrompt, message: `prompt: '${decisive!.text.trim()}'` }] : []),
      ],
      signals: [
        `path: ${describePath(path)}`,
        ...(node.tools?.length ? [`tools: ${node.tools.map((t) => t.name).join(', ')}`] : []),
        ...(unit.implicit
          ? ['prompt: the platform default, not limited to the business']
          : describeSignals(a, unit, source, ['grant', 'leak', 'generic-persona', 'scope', 'refusal'])),
      ],
      howToFix:
        'Limit the prompt to the business topics with an off-topic refusal, or route unhandled messages to a fixed out-of-scope reply instead of free-form generation.',
      l10n: { key: 'open', howToFix: 'flow.howToFix.prompt' },
    },
  };
}

/** The format's fixes that close an open node; scope and refusal sentences in the language of its prompt. */
export function closeOpenNodeFixes(ctx: RuleContext, node: FlowNode): Fix[] {
  const prompts = node.prompt === undefined ? ctx.model.prompts : [ctx.model.prompts[node.prompt]];
  const lang = prompts.map((p) => ctx.analyze(p).languages[0]).find(Boolean) ?? 'en';
  return adapterOf(ctx.model)?.fixes?.closeOpenNode?.(node, ctx.model, ctx, fixTexts(lang)) ?? [];
}
