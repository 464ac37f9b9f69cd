import { emptyModel, type BotModel, type SourceRef } from '../../model/types';
import type { ProjectFile } from '../types';
import { nodeAt, parseYaml, refOf, str, type YamlSource } from '../shared/yamlSource';
import { generative } from './generative';
import { add, edge, newCtx, type Ctx } from './graph';
import { isComponentXml, isInactiveComponent, topicKey, topicName } from './layout';
import { dirOf } from '../../model/uri';
import { readAgentDefinition, readAgentSettings, readConfigurationJson, staffChannelsOnly } from './settings';
import { addTopics } from './topics';

export {
  copilotFiles,
  copilotRoot,
  isCopilotConfigurationJson,
  isCopilotDataFile,
  looksLikeCopilotConfiguration,
  looksLikeCopilotData,
} from './layout';

/**
 * A Copilot Studio agent (see layout.ts for its files) as a flow: the user message, generative
 * orchestration when it is on, and each topic with its actions.
 */
export function parseCopilotProject(
  rootUri: string,
  files: ProjectFile[],
  parse: (uri: string, text: string) => YamlSource = parseYaml,
): BotModel {
  const model = emptyModel('copilot-studio', files[0]?.uri ?? rootUri);
  model.files = files.map((f) => f.uri);
  const ctx = newCtx(model);
  // Topics of components turned off in Copilot Studio never run: they are left out.
  const off = new Set(
    files.filter((f) => isComponentXml(f.uri) && isInactiveComponent(f.text)).map((f) => dirOf(f.uri)),
  );
  for (const f of files) {
    if (isComponentXml(f.uri) || off.has(dirOf(f.uri))) continue;
    if (/\.json$/i.test(f.uri)) readConfigurationJson(ctx, f);
    else readYamlFile(ctx, f, parse(f.uri, f.text));
  }
  const user = add(ctx, {
    id: 'user',
    label: 'user message',
    kind: 'trigger',
    ref: model.whatsapp ?? startRef(ctx, files),
  });
  if (ctx.orchestration) {
    const base = {
      id: 'orchestrator',
      label: 'generative orchestration',
      ref: ctx.orchestration,
      role: 'fallback' as const,
    };
    edge(ctx, 'user', generative(ctx, base, undefined, undefined).id);
  }
  addTopics(ctx);
  // An agent published only to the organisation's own channels (Teams) talks to staff: no customer trigger. One that
  // transfers to live agents works for a contact centre (Omnichannel carries WhatsApp without being listed there).
  const staff = staffChannelsOnly(ctx);
  if (staff && !ctx.flow.nodes.some((n) => n.kind === 'human')) {
    user.kind = 'other';
    user.label += ` (staff only: ${staff})`;
    model.notes.push({ kind: 'internal-audience', ref: ctx.channels[0].ref, detail: staff });
  }
  const loose = files.every(
    (f) =>
      isComponentXml(f.uri) || (!/\.json$/i.test(f.uri) && /^kind:\s*(AdaptiveDialog|AgentDialog)\s*$/m.test(f.text)),
  );
  if (loose && ctx.topics.size) {
    const first = [...ctx.topics.values()][0];
    model.notes.push({
      kind: 'incomplete',
      ref: refOf(first.src, nodeAt(first.dialog, ['kind']) ?? first.dialog),
      detail:
        "Copilot Studio topics without the agent's definition (agent.mcs.yml and settings.mcs.yml, or a solution's gpt.default data and bots/*/configuration.json), so its instructions, model knowledge and web browsing are not known: only the topics are judged",
    });
  }
  return model;
}

/** A topic (AdaptiveDialog), or the agent's definition and settings. */
function readYamlFile(ctx: Ctx, f: ProjectFile, src: YamlSource): void {
  ctx.model.issues.push(...src.issues);
  const kind = str(nodeAt(src, ['kind']));
  if (kind === 'AdaptiveDialog' || kind === 'AgentDialog') {
    const name = topicName(f.uri);
    ctx.topics.set(topicKey(name), {
      name: name.split(/\.(?:topic|agent)\./).pop()!,
      src,
      dialog: nodeAt(src, ['beginDialog']),
    });
    return;
  }
  if (kind === 'GptComponentMetadata' || nodeAt(src, ['instructions'])) readAgentDefinition(ctx, f, src);
  readAgentSettings(ctx, src);
}

/** Where the conversation starts: the agent's definition, else the trigger of the first topic. */
function startRef(ctx: Ctx, files: ProjectFile[]): SourceRef {
  if (ctx.entry && ctx.entry.span.end > ctx.entry.span.start) return ctx.entry;
  const first = [...ctx.topics.values()][0];
  if (first) return refOf(first.src, nodeAt(first.dialog, ['kind']) ?? first.dialog);
  return { uri: ctx.model.uri, span: { start: 0, end: Math.min(1, files[0]?.text.length ?? 0) } };
}
