import { isMap } from 'yaml';
import { baseName } from '../../model/uri';
import { nodeAt as jsonAt, seqItems as jsonItems, parseJson, refOf as jref, strAt } from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { bool, nodeAt, refOf, scalarText, str, type YamlSource } from '../shared/yamlSource';
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
  if (!ctx.entry && (gen ?? rec)) ctx.entry = refOf(src, gen ?? rec);
}
