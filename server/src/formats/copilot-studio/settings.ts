import { isMap } from 'yaml';
import { baseName } from '../../model/uri';
import { nodeAt as jsonAt, seqItems as jsonItems, parseJson, refOf as jref, strAt } from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { bool, nodeAt, refOf, scalarText, seqItems, str, type YamlSource } from '../shared/yamlSource';
import { jflag, yflag, type Ctx } from './graph';
import { topicName } from './layout';

/** bots/<schema>/configuration.json: model knowledge, generative orchestration and the WhatsApp channel. */
export function readConfigurationJson(ctx: Ctx, f: ProjectFile): void {
  const src = parseJson(f.uri, f.text);
  const { model } = ctx;
  model.issues.push(...src.issues);
  ctx.modelKnowledge ??= jflag(src, ['aISettings', 'useModelKnowledge']);
  const generative = jsonAt(src.root, ['settings', 'GenerativeActionsEnabled']);
  if (generative?.value === true) ctx.orchestration ??= jref(src, generative);
  if (strAt(src.root, ['recognizer', '$kind']) === 'GenerativeAIRecognizer')
    ctx.orchestration ??= jref(src, jsonAt(src.root, ['recognizer', '$kind']));
  for (const ch of jsonItems(jsonAt(src.root, ['channels']))) {
    const id = strAt(ch, ['channelId']);
    if (id) ctx.channels.push({ id, ref: jref(src, jsonAt(ch, ['channelId'])) });
    if (id && /whatsapp/i.test(id)) model.whatsapp ??= jref(src, jsonAt(ch, ['channelId']));
  }
}

/** agent.mcs.yml or a gpt.default `data` (GptComponentMetadata): instructions, web browsing and the model. */
export function readAgentDefinition(ctx: Ctx, f: ProjectFile, src: YamlSource): void {
  const { model } = ctx;
  const head = nodeAt(src, ['kind']) ?? nodeAt(src, ['instructions']);
  if (!ctx.entry && head) ctx.entry = refOf(src, head);
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
  const hintNode = nodeAt(src, ['aISettings', 'model', 'modelNameHint']);
  const hint = str(hintNode);
  if (hint) model.models.push({ provider: providerOf(hint), model: hint, ref: refOf(src, hintNode) });
}

function providerOf(modelHint: string): string {
  if (/sonnet|opus|haiku|claude/i.test(modelHint)) return 'anthropic';
  return /gpt|^o\d/i.test(modelHint) ? 'azure-openai' : 'other';
}

/** settings.mcs.yml (or the `configuration:` of a file): model knowledge and generative orchestration. */
export function readAgentSettings(ctx: Ctx, src: YamlSource): void {
  const settings = nodeAt(src, ['configuration']) ?? src.doc.contents ?? undefined;
  if (!isMap(settings)) return;
  const mk = yflag(src, nodeAt(settings, ['aISettings']), 'useModelKnowledge');
  if (mk && !ctx.modelKnowledge?.value) ctx.modelKnowledge = mk;
  const gen = nodeAt(settings, ['settings', 'GenerativeActionsEnabled']);
  if (bool(gen)) ctx.orchestration ??= refOf(src, gen);
  const rec = nodeAt(settings, ['recognizer', 'kind']);
  if (str(rec) === 'GenerativeAIRecognizer') ctx.orchestration ??= refOf(src, rec);
  for (const ch of seqItems(nodeAt(settings, ['channels']))) {
    const node = nodeAt(ch, ['channelId']);
    const id = str(node);
    if (id) ctx.channels.push({ id, ref: refOf(src, node) });
    if (id && /whatsapp/i.test(id)) ctx.model.whatsapp ??= refOf(src, node);
  }
  if (!ctx.entry && (gen ?? rec)) ctx.entry = refOf(src, gen ?? rec);
}

/**
 * Channels that only the organisation's own people reach: Microsoft Teams, Microsoft 365 Copilot and SharePoint sign
 * users in with the tenant's accounts. Customers write through Direct Line, web chat, Omnichannel (Dynamics 365
 * Contact Center, which carries WhatsApp), Azure Communication Services or a custom channel.
 */
const STAFF_CHANNEL = /^(?:msteams|teams|microsoft ?teams|microsoft365copilot|m365copilot|m365|sharepoint)$/i;

/**
 * The phrase saying that the agent is published only to staff channels (`channels: [msteams, Microsoft365Copilot]`),
 * or undefined when its settings list no channel or list one a customer can write on: such an agent has no customer
 * conversation (an internal grader or helpdesk in Teams), whatever its instructions discuss.
 */
export function staffChannelsOnly(ctx: Ctx): string | undefined {
  if (!ctx.channels.length || !ctx.channels.every((c) => STAFF_CHANNEL.test(c.id.trim()))) return undefined;
  return `published only to ${[...new Set(ctx.channels.map((c) => c.id))].join(', ')}`;
}
