import { isMap, type Node as YNode } from 'yaml';
import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type PromptUnit,
  type SourceRef,
} from '../../model/types';
import { baseName, dirOf, join } from '../../model/uri';
import type { Host } from '../../model/host';
import {
  nodeAt as jsonAt,
  parseJson,
  refOf as jref,
  seqItems as jsonItems,
  strAt,
  type JsonSource,
} from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { bool, nodeAt, parseYaml, refOf, scalarText, seqItems, str, type YamlSource } from '../shared/yamlSource';

/**
 * Microsoft Copilot Studio agents, in the two layouts on disk:
 * - VS Code extension / `pac copilot clone`: `agent.mcs.yml`, `settings.mcs.yml`, `topics/*.mcs.yml`;
 * - solution export: `botcomponents/<schema>.topic.<Name>/data` (YAML without extension),
 *   `botcomponents/<schema>.gpt.default/data`, `bots/<schema>/configuration.json`.
 * A `.mcs.yml` without an agent folder around it is a project of the loose topic files of its folder.
 */

const ROOT_FILES = ['agent.mcs.yml', 'settings.mcs.yml', 'agent.mcs.yaml', 'settings.mcs.yaml'];
const MCS = /\.mcs\.ya?ml$/i;
/** Topics every agent ships with: they do not make the bot a business flow. */
const SYSTEM_TOPIC =
  /^(greeting|goodbye|thank ?you|start ?over|reset ?conversation|end ?of ?conversation|multiple ?topics ?matched|conversation ?start|on ?error|sign ?in|search|lesson.*)$/i;
/** The default Escalate topic says escalation is not configured. */
const NOT_CONFIGURED = /not (currently )?(configured|available|set up)|no (live )?agents? (is |are )?available/i;

export function isCopilotDataFile(uri: string): boolean {
  return /\/botcomponents\/[^/]+\/data$/.test(uri);
}

export function isCopilotConfigurationJson(uri: string): boolean {
  return /\/bots\/[^/]+\/configuration\.json$/i.test(uri);
}

/** Content sniffing for a botcomponents `data` file: Copilot Studio YAML starts with a `kind:`. */
export function looksLikeCopilotData(text: string): boolean {
  return /^kind:\s*[A-Z]\w+\s*$/m.test(text.slice(0, 20_000));
}

/** Content sniffing for bots/<schema>/configuration.json. */
export function looksLikeCopilotConfiguration(text: string): boolean {
  const head = text.slice(0, 50_000);
  return /"\$kind"\s*:\s*"BotConfiguration"/.test(head) || /"(aISettings|gPTSettings)"\s*:/.test(head);
}

export function copilotRoot(uri: string, host: Host): string | undefined {
  if (isCopilotDataFile(uri) || isCopilotConfigurationJson(uri)) return dirOf(dirOf(dirOf(uri)));
  if (!MCS.test(uri)) return undefined;
  let dir = dirOf(uri);
  for (let depth = 0; depth < 4; depth++) {
    if (ROOT_FILES.some((n) => host.readFile(join(dir, n)) !== undefined)) return dir;
    const up = dirOf(dir);
    if (up === dir || !up.includes('/')) break;
    dir = up;
  }
  return dirOf(uri);
}

export function copilotFiles(root: string, host: Host): string[] {
  const hasAgent = ROOT_FILES.some((n) => host.readFile(join(root, n)) !== undefined);
  const mcs = hasAgent
    ? host.listFiles(root, 2000).filter((u) => MCS.test(u) && !u.includes('/node_modules/'))
    : host.listFiles(root, 2000).filter((u) => MCS.test(u) && dirOf(u) === root);
  const components = host.listFiles(join(root, 'botcomponents'), 2000).filter(isCopilotDataFile);
  const configs = host.listFiles(join(root, 'bots'), 200).filter(isCopilotConfigurationJson);
  return [...mcs, ...components, ...configs];
}

/** A boolean setting that opens generation beyond the business, with the `true` token to turn off. */
interface Flag {
  key: string;
  ref: SourceRef;
  value: boolean;
}

interface Topic {
  name: string;
  src: YamlSource;
  dialog: YNode | undefined;
}

interface Ctx {
  model: BotModel;
  flow: { nodes: FlowNode[]; edges: FlowEdge[] };
  topics: Map<string, Topic>;
  instructions?: number;
  modelKnowledge?: Flag;
  webBrowsing?: Flag;
}

function yflag(src: YamlSource, parent: YNode | undefined, key: string): Flag | undefined {
  const n = nodeAt(parent, [key]);
  const v = bool(n);
  return v === undefined ? undefined : { key, ref: refOf(src, n), value: v };
}

function jflag(src: JsonSource, path: (string | number)[]): Flag | undefined {
  const n = jsonAt(src.root, path);
  return n?.type === 'boolean'
    ? { key: String(path[path.length - 1]), ref: jref(src, n), value: n.value === true }
    : undefined;
}

/** Short topic name: `cr26e_Agent.topic.Escalate` and `topics/Escalate.mcs.yml` are both `escalate`. */
function topicKey(name: string): string {
  return (name.split('.topic.').pop() ?? name).replace(MCS, '').toLowerCase();
}

function topicName(uri: string): string {
  if (isCopilotDataFile(uri)) return baseName(dirOf(uri));
  return baseName(uri)
    .replace(MCS, '')
    .replace(/\.topic$/i, '');
}

export function parseCopilotProject(
  rootUri: string,
  files: ProjectFile[],
  parse: (uri: string, text: string) => YamlSource = parseYaml,
): BotModel {
  const model = emptyModel('copilot-studio', files[0]?.uri ?? rootUri);
  model.files = files.map((f) => f.uri);
  const ctx: Ctx = { model, flow: { nodes: [], edges: [] }, topics: new Map() };
  model.flow = ctx.flow;
  let orchestration: SourceRef | undefined;
  let entry: SourceRef | undefined;

  for (const f of files) {
    if (/\.json$/i.test(f.uri)) {
      const src = parseJson(f.uri, f.text);
      model.issues.push(...src.issues);
      ctx.modelKnowledge ??= jflag(src, ['aISettings', 'useModelKnowledge']);
      if (jsonAt(src.root, ['settings', 'GenerativeActionsEnabled'])?.value === true)
        orchestration ??= jref(src, jsonAt(src.root, ['settings', 'GenerativeActionsEnabled']));
      if (strAt(src.root, ['recognizer', '$kind']) === 'GenerativeAIRecognizer')
        orchestration ??= jref(src, jsonAt(src.root, ['recognizer', '$kind']));
      for (const ch of jsonItems(jsonAt(src.root, ['channels']))) {
        const id = strAt(ch, ['channelId']);
        if (id && /whatsapp/i.test(id)) model.whatsapp ??= jref(src, jsonAt(ch, ['channelId']));
      }
      continue;
    }
    const src = parse(f.uri, f.text);
    model.issues.push(...src.issues);
    const kind = str(nodeAt(src, ['kind']));
    if (kind === 'AdaptiveDialog' || kind === 'AgentDialog') {
      ctx.topics.set(topicKey(topicName(f.uri)), {
        name: topicName(f.uri).split('.topic.').pop()!,
        src,
        dialog: nodeAt(src, ['beginDialog']),
      });
      continue;
    }
    // agent.mcs.yml / gpt.default data (GptComponentMetadata) and settings.mcs.yml.
    const settings = nodeAt(src, ['configuration']) ?? src.doc.contents ?? undefined;
    if (kind === 'GptComponentMetadata' || nodeAt(src, ['instructions'])) {
      if (!entry && (nodeAt(src, ['kind']) ?? nodeAt(src, ['instructions'])))
        entry = refOf(src, nodeAt(src, ['kind']) ?? nodeAt(src, ['instructions']));
      const text = scalarText(src, nodeAt(src, ['instructions']));
      if (text && text.text.trim() && ctx.instructions === undefined) {
        model.prompts.push({
          id: 'instructions',
          label: `agent instructions (${baseName(f.uri) === 'data' ? topicName(f.uri) : baseName(f.uri)})`,
          role: 'instructions',
          text: { ...text, encoding: 'yaml-scalar' },
          variables: {},
        });
        ctx.instructions = model.prompts.length - 1;
      }
      const wb = yflag(src, nodeAt(src, ['gptCapabilities']), 'webBrowsing');
      if (wb && !ctx.webBrowsing?.value) ctx.webBrowsing = wb;
      const hint = str(nodeAt(src, ['aISettings', 'model', 'modelNameHint']));
      if (hint) {
        const provider = /sonnet|opus|haiku|claude/i.test(hint)
          ? 'anthropic'
          : /gpt|^o\d/i.test(hint)
            ? 'azure-openai'
            : 'other';
        model.models.push({
          provider,
          model: hint,
          ref: refOf(src, nodeAt(src, ['aISettings', 'model', 'modelNameHint'])),
        });
      }
    }
    if (isMap(settings)) {
      const mk = yflag(src, nodeAt(settings, ['aISettings']), 'useModelKnowledge');
      if (mk && !ctx.modelKnowledge?.value) ctx.modelKnowledge = mk;
      const gen = nodeAt(settings, ['settings', 'GenerativeActionsEnabled']);
      if (bool(gen)) orchestration ??= refOf(src, gen);
      const rec = nodeAt(settings, ['recognizer', 'kind']);
      if (str(rec) === 'GenerativeAIRecognizer') orchestration ??= refOf(src, rec);
      if (!entry && (gen ?? rec)) entry = refOf(src, gen ?? rec);
    }
  }

  const firstTopic = [...ctx.topics.values()][0];
  const trigger =
    entry && entry.span.end > entry.span.start
      ? entry
      : firstTopic
        ? refOf(firstTopic.src, nodeAt(firstTopic.dialog, ['kind']) ?? firstTopic.dialog)
        : { uri: model.uri, span: { start: 0, end: Math.min(1, files[0]?.text.length ?? 0) } };
  add(ctx, { id: 'user', label: 'user message', kind: 'trigger', ref: model.whatsapp ?? trigger });

  if (orchestration) {
    const n = generative(
      ctx,
      { id: 'orchestrator', label: 'generative orchestration', ref: orchestration, role: 'fallback' },
      undefined,
      undefined,
    );
    edge(ctx, 'user', n.id);
  }

  for (const [key, t] of ctx.topics) {
    const on = str(nodeAt(t.dialog, ['kind'])) ?? '';
    const ref = refOf(t.src, nodeAt(t.dialog, ['kind']) ?? t.dialog);
    const id = `topic:${key}`;
    const label = `topic '${t.name}' (${on || 'no trigger'})`;
    if (on === 'OnRecognizedIntent') {
      add(ctx, {
        id,
        label,
        kind: 'router',
        ref,
        role: SYSTEM_TOPIC.test(t.name) ? 'chitchat' : undefined,
        attrs: { trigger: on },
      });
      edge(
        ctx,
        'user',
        id,
        seqItems(nodeAt(t.dialog, ['intent', 'triggerQueries']))
          .map(str)
          .find(Boolean) ?? 'intent',
      );
    } else {
      const role = on === 'OnUnknownIntent' ? 'fallback' : undefined;
      add(ctx, { id, label, kind: 'other', ref, role, attrs: { trigger: on, uri: t.src.uri } });
      if (/^On(UnknownIntent|Escalate|ConversationStart|Activity|Message)$/.test(on)) edge(ctx, 'user', id, on);
    }
    walk(ctx, key, t, seqItems(nodeAt(t.dialog, ['actions'])));
  }
  return model;
}

function add(ctx: Ctx, n: FlowNode): FlowNode {
  const existing = ctx.flow.nodes.find((x) => x.id === n.id);
  if (existing) return existing;
  ctx.flow.nodes.push(n);
  return n;
}

function edge(ctx: Ctx, from: string, to: string, label?: string): void {
  ctx.flow.edges.push({ from, to, label });
}

function walk(ctx: Ctx, key: string, t: Topic, actions: YNode[]): void {
  const topicId = `topic:${key}`;
  const role = ctx.flow.nodes.find((n) => n.id === topicId)?.role;
  for (const a of actions) {
    const kind = str(nodeAt(a, ['kind'])) ?? '';
    const kindNode = nodeAt(a, ['kind']);
    const ref = refOf(t.src, kindNode ?? a);
    const id = `${key}/${str(nodeAt(a, ['id'])) ?? `${kind}@${ref.span.start}`}`;
    const aid = str(nodeAt(a, ['id'])) ?? kind;
    if (kind === 'SearchAndSummarizeContent' || kind === 'AnswerQuestionWithAI') {
      const n = generative(
        ctx,
        {
          id,
          label: `${kind === 'AnswerQuestionWithAI' ? 'AI answer' : 'generative answers'} '${aid}' in topic '${t.name}'`,
          ref,
          role,
        },
        t.src,
        a,
      );
      edge(ctx, topicId, n.id);
    } else if (
      kind === 'TransferConversationV2' ||
      kind === 'TransferConversation' ||
      str(nodeAt(a, ['transferType', 'kind'])) === 'TransferToAgent'
    ) {
      add(ctx, { id, label: `transfer to agent '${aid}'`, kind: 'human', ref, role, attrs: { action: kind } });
      edge(ctx, topicId, id);
    } else if (kind === 'SendActivity') {
      const activity = nodeAt(a, ['activity']);
      const text =
        str(activity) ??
        seqItems(nodeAt(activity, ['text']))
          .map(str)
          .join(' ') ??
        '';
      const escalated = str(nodeAt(a, ['conversationOutcome'])) === 'Escalated' && !NOT_CONFIGURED.test(text);
      add(ctx, {
        id,
        label: `${escalated ? 'escalation message' : 'message'} '${aid}'`,
        kind: escalated ? 'human' : 'reply',
        ref,
        role,
        attrs: { action: kind },
      });
      edge(ctx, topicId, id);
    } else if (kind === 'BeginDialog') {
      const target = str(nodeAt(a, ['dialog']));
      if (target) edge(ctx, topicId, `topic:${topicKey(target)}`, 'BeginDialog');
    }
    for (const c of seqItems(nodeAt(a, ['conditions']))) walk(ctx, key, t, seqItems(nodeAt(c, ['actions'])));
    walk(ctx, key, t, seqItems(nodeAt(a, ['elseActions'])));
    walk(ctx, key, t, seqItems(nodeAt(a, ['actions'])));
  }
}

/**
 * A generative node. Model knowledge or web browsing on: the model answers from anything it knows,
 * so the node has no limiting prompt and points at the setting. Otherwise its prompt is the node's
 * `additionalInstructions` or the agent instructions; grounded answers with neither are a search
 * over the agent's own knowledge.
 */
function generative(
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
    const unit: PromptUnit = {
      id: `additionalInstructions:${base.id}`,
      label: `additionalInstructions of ${base.label}`,
      role: 'instructions',
      text: { ...additional, encoding: 'yaml-scalar' },
      variables: {},
    };
    ctx.model.prompts.push(unit);
    prompt = ctx.model.prompts.length - 1;
  }
  const publicSites = action ? seqItems(nodeAt(action, ['publicDataSource', 'sites'])).length > 0 : false;
  if (publicSites && src && action)
    ctx.model.notes.push({
      kind: 'generative-setting',
      ref: refOf(src, nodeAt(action, ['publicDataSource'])),
      detail: 'publicDataSource: answers from public websites',
    });
  if (prompt === undefined && kind !== 'AnswerQuestionWithAI' && !publicSites) {
    // Grounded in the agent's own knowledge only: nothing general-purpose to answer from.
    return add(ctx, { ...base, kind: 'search', relevancyCheck: true, attrs: { grounded: true } });
  }
  return add(ctx, { ...base, kind: 'llm', prompt });
}
