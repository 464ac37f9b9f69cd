/**
 * A bot template kept as YAML: a top-level key that holds the system prompt as a block scalar
 * (`system_prompt: |`, `prompt_sistema: >`) beside the values of its `{{slots}}` (`variables:`,
 * `variaveis:`, or plain top-level strings). The prompt is read with its slot values, so an empty
 * `business_name: ""` or a `persona: "a helpful assistant"` default is judged like any template default.
 * Also the two-document form: slot values, a `---` line, then the prompt text that uses them as `{{slots}}`.
 */
import { isMap, isScalar, isSeq, type Node as YNode } from 'yaml';
import { emptyModel, type BotModel } from '../../model/types';
import { sliceText } from '../../model/text';
import { mapEntries, parseYaml, scalarText, type YamlSource } from '../shared/yamlSource';
import {
  findPromptNode,
  findPromptNodes,
  isExplicitPromptKey,
  joinedPromptText,
  namesSystemPrompt,
} from './promptKeys';

/** A top-level key naming a prompt, with a block scalar value. */
const PROMPT_KEY = /^([\p{L}_-]*(?:prompt|system|instruc)[\p{L}_-]*)[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*$/imu;
/** Files of other formats that also hold instructions at the top level (Copilot Studio `kind: …`). */
const OTHER_FORMAT = /^kind[ \t]*:/m;

/** A document separator after some content: `key: value` lines above, the prompt text below. */
const SEPARATOR = /\n---[ \t]*\r?\n/;
/** A body line that is YAML again (`key: value`, `- item`) rather than prompt text. */
const YAML_LINE = /^(?:[\w-]+[ \t]*:(?:[ \t]|$)|-[ \t])/;

/** The top-level block-scalar prompt key names the system prompt itself (`system_prompt: |`, not `prompt: |`). */
export function templateKeyExplicit(text: string): boolean {
  const key = PROMPT_KEY.exec(text)?.[1];
  return !!key && isExplicitPromptKey(key) && namesSystemPrompt(key, text);
}

/** Cheap test on the text: could this YAML be a prompt template? */
export function mayBeTemplateYaml(base: string, text: string): boolean {
  if (!/\.ya?ml$/i.test(base) || /\.mcs\.ya?ml$/i.test(base) || OTHER_FORMAT.test(text)) return false;
  return PROMPT_KEY.test(text) || !!valuesThenPrompt(text);
}

/**
 * The two-document form: the first document maps slot names to values, the second is plain text whose
 * first line is no YAML and which uses one of those names as a `{{slot}}`.
 */
function valuesThenPrompt(text: string): { head: string; bodyStart: number } | undefined {
  const sep = SEPARATOR.exec(text);
  if (!sep) return undefined;
  const head = text.slice(0, sep.index);
  const bodyStart = sep.index + sep[0].length;
  const body = text.slice(bodyStart);
  const firstLine = body.split('\n').find((l) => l.trim()) ?? '';
  if (YAML_LINE.test(firstLine.trim())) return undefined;
  const slots = new Set([...body.matchAll(/\{\{\s*([\p{L}_][\p{L}\p{N}_-]*)\s*\}\}/gu)].map((m) => m[1]));
  const used = [...head.matchAll(/^([\p{L}_][\p{L}\p{N}_-]*)[ \t]*:/gmu)].some((m) => slots.has(m[1]));
  return used ? { head, bodyStart } : undefined;
}

interface TemplateParts {
  key: string;
  src: YamlSource;
  variables: Record<string, string>;
  /** The prompt's node, when found below the top level (promptKeys.ts). */
  node?: YNode;
}

/** The slot values of the two-document form, and where its prompt text starts. */
function valuesAndBody(
  uri: string,
  text: string,
): { variables: Record<string, string>; bodyStart: number } | undefined {
  const split = valuesThenPrompt(text);
  if (!split) return undefined;
  const src = parseYaml(uri, split.head);
  return { variables: slotValues(src, undefined), bodyStart: split.bodyStart };
}

/** The prompt key and the slot values: scalars at the top level and one level down. */
function templateParts(uri: string, text: string): TemplateParts | undefined {
  const key = PROMPT_KEY.exec(text)?.[1];
  if (!key) {
    const found = findPromptNode(uri, text);
    return found && { key: found.key, src: found.src, variables: slotValues(found.src, found.key), node: found.node };
  }
  const src = parseYaml(uri, text);
  if (!isMap(src.doc.contents)) return undefined;
  return { key, src, variables: slotValues(src, key) };
}

function slotValues(src: YamlSource, key: string | undefined): Record<string, string> {
  const variables: Record<string, string> = {};
  if (!isMap(src.doc.contents)) return variables;
  for (const [k, v] of mapEntries(src.doc.contents)) {
    if (k === key) continue;
    if (isScalar(v) && typeof v.value === 'string') variables[k] = v.value;
    else if (isMap(v))
      for (const [k2, v2] of mapEntries(v))
        if (isScalar(v2) && v2.value !== null) variables[k2] = String(v2.value);
        // A list of values (`allowed_topics: []`) is one slot value too; an empty list is an empty slot.
        else if (isSeq(v)) variables[k] = v.items.map((i) => (isScalar(i) ? String(i.value) : '')).join(', ');
  }
  return variables;
}

/** The prompt text of a template YAML, for the content test; undefined when there is none. */
export function templatePromptText(uri: string, text: string): string | undefined {
  const split = valuesThenPrompt(text);
  if (split && !PROMPT_KEY.test(text)) return text.slice(split.bodyStart);
  if (!PROMPT_KEY.test(text)) return joinedPromptText(findPromptNodes(uri, text));
  const parts = templateParts(uri, text);
  if (!parts) return undefined;
  return scalarText(parts.src, promptNode(parts))?.text;
}

export function parseTemplateYaml(uri: string, text: string): BotModel {
  const model = emptyModel('system-prompt', uri);
  const two = PROMPT_KEY.test(text) ? undefined : valuesAndBody(uri, text);
  if (two) {
    const prompt = sliceText(uri, text, two.bodyStart, text.length);
    model.prompts.push({
      id: 'system',
      label: 'system prompt',
      role: 'system',
      text: prompt,
      variables: two.variables,
    });
    return model;
  }
  const parts = templateParts(uri, text);
  if (!parts) return model;
  model.issues.push(...parts.src.issues);
  const prompt = scalarText(parts.src, promptNode(parts));
  if (!prompt) return model;
  // A prompt with no `{{slot}}` is a bot's config, not a template: its other keys (a handoff keyword, a list of
  // capabilities, tools) describe the same bot, so the whole file is read.
  const template = /\{\{\s*[\p{L}_][\p{L}\p{N}_.-]*\s*\}\}/u.test(prompt.text);
  model.prompts.push({
    id: parts.key,
    label: 'system prompt',
    role: 'system',
    text: template ? prompt : sliceText(uri, text, 0, text.length),
    variables: template ? parts.variables : {},
  });
  return model;
}

function promptNode(parts: TemplateParts): YNode | undefined {
  return parts.node ?? mapEntries(parts.src.doc.contents ?? undefined).find(([k]) => k === parts.key)?.[1];
}
