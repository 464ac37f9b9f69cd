import type { Node as YNode } from 'yaml';
import type { FlowNode, MappedText, PromptUnit } from '../../model/types';
import { nodeAt, refOf, scalarText, seqItems, str, type YamlSource } from '../shared/yamlSource';
import { add, yflag, type Ctx, type Flag } from './graph';

/** Sites that answer questions on any subject: a search limited to one of them is not limited to the business. */
const GENERAL_SITE =
  /(^|[./])(wikipedia\.org|wikihow\.com|reddit\.com|quora\.com|stackexchange\.com|stackoverflow\.com|britannica\.com|bing\.com|google\.[a-z.]+|yahoo\.com|duckduckgo\.com|medium\.com)(\/|$)/i;

/**
 * A generative node. Model knowledge or web browsing on: the model answers from anything it knows,
 * so the node has no limiting prompt and points at the setting. Otherwise its prompt is the node's
 * `additionalInstructions` or the agent instructions; grounded answers with neither are a search
 * over the agent's own knowledge.
 */
export function generative(
  ctx: Ctx,
  base: Pick<FlowNode, 'id' | 'label' | 'ref' | 'role'>,
  src: YamlSource | undefined,
  action: YNode | undefined,
): FlowNode {
  const kind = action ? str(nodeAt(action, ['kind'])) : undefined;
  const apply = src && action ? yflag(src, action, 'applyModelKnowledgeSetting') : undefined;
  const nodeWeb = src && action ? yflag(src, action, 'webBrowsing') : undefined;
  // `applyModelKnowledgeSetting` applies the agent's `useModelKnowledge`; either one off turns it off.
  const mk: Flag[] =
    apply?.value === false || ctx.modelKnowledge?.value === false
      ? []
      : [apply, ctx.modelKnowledge].filter((f): f is Flag => !!f?.value);
  const wb: Flag[] = nodeWeb ? (nodeWeb.value ? [nodeWeb] : []) : ctx.webBrowsing?.value ? [ctx.webBrowsing] : [];
  // The node's own setting first: that is where the finding points when it has one.
  const open = [...mk, ...wb].sort((a, b) => Number(b.ref.uri === src?.uri) - Number(a.ref.uri === src?.uri));
  for (const f of open) ctx.model.notes.push({ kind: 'generative-setting', ref: f.ref, detail: `${f.key}: true` });
  if (open.length) {
    const keys = (web: boolean) =>
      open
        .filter((f) => (f.key === 'webBrowsing') === web)
        .map((f) => `${f.key}: true`)
        .join(', ');
    const what = [
      mk.length ? `the model's general knowledge (${keys(false)})` : '',
      wb.length ? `the whole web (${keys(true)})` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const openSettings = open.map((f) => ({
      key: f.key,
      ref: f.ref,
      title: `${f.key === 'webBrowsing' ? 'Turn off web browsing' : 'Turn off model knowledge'} (${f.key}: false)`,
      l10n: {
        key: f.key === 'webBrowsing' ? 'fix.copilotWebBrowsingOff' : 'fix.copilotModelKnowledgeOff',
        args: { setting: f.key },
      },
    }));
    return add(ctx, {
      ...base,
      ref: open[0].ref,
      kind: 'llm',
      openReason: `${base.label} may answer from ${what}`,
      openSettings,
    });
  }
  const additional = src && action ? scalarText(src, nodeAt(action, ['additionalInstructions'])) : undefined;
  let prompt = ctx.instructions;
  if (additional && additional.text.trim()) {
    const agent = ctx.instructions === undefined ? undefined : ctx.model.prompts[ctx.instructions];
    const unit: PromptUnit = agent
      ? withAgentInstructions(additional, agent, base.id, base.label)
      : {
          id: `additionalInstructions:${base.id}`,
          label: `additionalInstructions of ${base.label}`,
          role: 'instructions',
          text: { ...additional, encoding: 'yaml-scalar' },
          variables: {},
        };
    ctx.model.prompts.push(unit);
    prompt = ctx.model.prompts.length - 1;
  }
  const sites = action ? seqItems(nodeAt(action, ['publicDataSource', 'sites'])).map((n) => str(n) ?? '') : [];
  // Bing search limited to the listed sites: the business's own sites ground the answers like its knowledge;
  // an encyclopedia or a forum answers anything.
  const general = sites.filter((u) => GENERAL_SITE.test(u));
  if (sites.length && src && action)
    ctx.model.notes.push({
      kind: 'generative-setting',
      ref: refOf(src, nodeAt(action, ['publicDataSource'])),
      detail: `publicDataSource: answers from ${general.length ? 'general' : 'the listed'} websites (${(general.length ? general : sites).join(', ')})`,
    });
  if (general.length && prompt === undefined)
    return add(ctx, {
      ...base,
      kind: 'llm',
      openReason: `${base.label} answers from general websites (${general.join(', ')})`,
    });
  if (prompt === undefined && kind !== 'AnswerQuestionWithAI') {
    // Grounded in the agent's own knowledge only: nothing general-purpose to answer from.
    return add(ctx, { ...base, kind: 'search', relevancyCheck: true, attrs: { grounded: true } });
  }
  return add(ctx, { ...base, kind: 'llm', prompt });
}

/**
 * A node's `additionalInstructions` add to the agent's instructions: the node answers under both, so both are
 * judged as one text (the node's first). Offsets in the agent's part map to the end of the node's value.
 */
function withAgentInstructions(additional: MappedText, agent: PromptUnit, id: string, label: string): PromptUnit {
  const head = additional.text.length;
  const sep = '\n\n';
  return {
    id: `additionalInstructions:${id}`,
    label: `additionalInstructions of ${label} (with the agent's instructions)`,
    role: 'instructions',
    text: {
      uri: additional.uri,
      text: additional.text + sep + agent.text.text,
      toSource: (i) => additional.toSource(Math.min(i, head)),
    },
    variables: {},
    // Two values in two files: no text edit can be made on the joined text.
    nested: true,
  };
}
