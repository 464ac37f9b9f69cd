import picomatch from 'picomatch';
import type { Config } from '../model/config';
import type { BotModel, FlowNode, FormatKind, ParseIssue } from '../model/types';
import { dirOf, join, toPath } from '../model/uri';
import { adapterFor } from '../formats';
import { parseSystemPrompt } from '../formats/prompt-files/parse';
import type { Host } from './host';

/**
 * Attaches prompt files named in the config's `links` to a flow whose LLM sits behind a webhook
 * (Twilio `make-http-request`, n8n HTTP node...), so the prompt is judged with the flow. Returns a
 * new model; the cached one is not changed.
 */
export function withLinkedPrompts(
  model: BotModel,
  config: Config,
  configUri: string | undefined,
  host: Host,
  kindOf: (uri: string) => FormatKind | undefined,
): BotModel {
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
    const promptUri = linkedPromptUri(configUri, link.prompt, host);
    if (!promptUri) continue;
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
  const notes = model.notes.filter(
    (n) => !(n.kind === 'hidden-llm' && linkedLabels.some((l) => n.detail?.includes(`'${l}'`))),
  );
  return { ...model, prompts, files, notes, flow: { ...model.flow, nodes } };
}

/** Why a path named in the config leaves the config's folder, or undefined when it stays inside. */
export function outsideReason(configUri: string, rel: string, host: Host): string | undefined {
  if (/^([a-z]+:|\/|\\|[A-Za-z]:)/i.test(rel)) return 'it is an absolute path';
  const dir = dirOf(configUri);
  const target = toPath(join(dir, rel));
  const base = toPath(dir);
  if (!within(base, target)) return `it leads outside the folder of ${CONFIG_NAME} (${rel})`;
  const realBase = host.realPath?.(dir);
  const real = host.realPath?.(join(dir, rel));
  if (realBase && real && !within(realBase, real))
    return `it is a symbolic link to a file outside the folder of ${CONFIG_NAME}`;
  return undefined;
}

/** The URI of a linked prompt, or undefined when it would be read from outside the workspace. */
export function linkedPromptUri(configUri: string, rel: string, host: Host): string | undefined {
  return outsideReason(configUri, rel, host) ? undefined : join(dirOf(configUri), rel);
}

/** `config/invalid` issues for `links` entries whose files lie outside the config's folder, and `include`/`exclude` globs that climb out of it. */
export function linkBoundaryIssues(
  config: Config,
  configUri: string,
  host: Host,
  spanOf: (path: (string | number)[]) => ParseIssue['ref'],
): ParseIssue[] {
  const out: ParseIssue[] = [];
  // `include` and `exclude` globs are matched against paths inside the config's folder: one that climbs out of it or
  // is absolute matches nothing (files outside are never checked), which a user would read as a silent pass.
  for (const key of ['include', 'exclude'] as const)
    config[key].forEach((glob, i) => {
      if (/^([a-z]+:|\/|\\|[A-Za-z]:)/i.test(glob) || /(^|[/\\])\.\.([/\\]|$)/.test(glob))
        out.push({
          message: `Invalid '${key}.${i}': the pattern ${JSON.stringify(glob)} leads outside the folder of ${CONFIG_NAME}, so it matches no file; patterns are relative to that folder and files outside it are never read. This pattern is ignored.`,
          ref: spanOf([key, i]),
          severity: 'warning',
        });
    });
  config.links.forEach((link, i) => {
    for (const key of ['prompt', 'flow'] as const) {
      const why = outsideReason(configUri, link[key], host);
      if (why)
        out.push({
          message: `Invalid 'links.${i}.${key}': ${why}; files are only read inside the workspace. This link is ignored.`,
          ref: spanOf(['links', i, key]),
          severity: 'error',
        });
    }
  });
  return out;
}

const CONFIG_NAME = '.wa-policy.yaml';

function within(base: string, target: string): boolean {
  const b = base.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
  return target.replace(/\\/g, '/').startsWith(b);
}
