import picomatch from 'picomatch';
import type { Config } from '../../../schemas/config';
import type { BotModel, FlowNode, FormatKind } from '../model/types';
import { dirOf, join, toPath } from '../model/uri';
import { adapterFor } from '../formats';
import { parseSystemPrompt } from '../formats/prompt-files/parse';
import type { Host } from './host';

/**
 * Attaches prompt files named in the config's `links` to a flow whose LLM sits behind a webhook
 * (Twilio `make-http-request`, n8n HTTP node...), so the prompt is judged with the flow. Returns a
 * new model; the cached one is not changed.
 */
export function withLinkedPrompts(model: BotModel, config: Config, configUri: string | undefined, host: Host, kindOf: (uri: string) => FormatKind | undefined): BotModel {
  if (!config.links.length || !model.flow || !configUri) return model;
  const base = toPath(dirOf(configUri)).replace(/\\/g, '/') + '/';
  const rel = (u: string) => toPath(u).replace(/\\/g, '/').replace(base, '');
  const links = config.links.filter((l) => model.files.some((f) => picomatch(l.flow, { dot: true })(rel(f))));
  if (!links.length) return model;
  const prompts = [...model.prompts];
  const files = [...model.files];
  let nodes: FlowNode[] = model.flow.nodes;
  const linkedLabels: string[] = [];
  for (const link of links) {
    const promptUri = join(dirOf(configUri), link.prompt);
    const text = host.readFile(promptUri);
    if (text === undefined) continue;
    const kind = kindOf(promptUri);
    const parse = (kind && adapterFor(kind)?.parse) || parseSystemPrompt;
    const linked = parse(promptUri, text).prompts;
    if (!linked.length) continue;
    files.push(promptUri);
    const index = prompts.length;
    prompts.push(...linked.map((p) => ({ ...p, label: `linked prompt ${link.prompt}`, external: true })));
    nodes = nodes.map((n) => {
      const target = link.node ? n.label === link.node || n.id === link.node : n.kind === 'webhook';
      if (!target || n.kind !== 'webhook') return n;
      linkedLabels.push(n.label);
      return { ...n, kind: 'llm', prompt: index };
    });
  }
  // Notes name their node in quotes ('ask_gpt' ...): drop the ones whose LLM is now linked.
  const notes = model.notes.filter((n) => !(n.kind === 'hidden-llm' && linkedLabels.some((l) => n.detail?.includes(`'${l}'`))));
  return { ...model, prompts, files, notes, flow: { ...model.flow, nodes } };
}
