/**
 * A bot template kept as YAML: a top-level key that holds the system prompt as a block scalar
 * (`system_prompt: |`, `prompt_sistema: >`) beside the values of its `{{slots}}` (`variables:`,
 * `variaveis:`, or plain top-level strings). The prompt is read with its slot values, so an empty
 * `business_name: ""` or a `persona: "a helpful assistant"` default is judged like any template default.
 */
import { isMap, isScalar } from 'yaml';
import { emptyModel, type BotModel } from '../../model/types';
import { mapEntries, parseYaml, scalarText, type YamlSource } from '../shared/yamlSource';

/** A top-level key naming a prompt, with a block scalar value. */
const PROMPT_KEY = /^([\p{L}_-]*(?:prompt|system|instruc)[\p{L}_-]*)[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*$/imu;
/** Files of other formats that also hold instructions at the top level (Copilot Studio `kind: …`). */
const OTHER_FORMAT = /^kind[ \t]*:/m;

/** Cheap test on the text: could this YAML be a prompt template? */
export function mayBeTemplateYaml(base: string, text: string): boolean {
  return /\.ya?ml$/i.test(base) && !/\.mcs\.ya?ml$/i.test(base) && PROMPT_KEY.test(text) && !OTHER_FORMAT.test(text);
}

interface TemplateParts {
  key: string;
  src: YamlSource;
  variables: Record<string, string>;
}

/** The prompt key and the slot values: scalars at the top level and one level down. */
function templateParts(uri: string, text: string): TemplateParts | undefined {
  const src = parseYaml(uri, text);
  const key = PROMPT_KEY.exec(text)?.[1];
  if (!key || !isMap(src.doc.contents)) return undefined;
  const variables: Record<string, string> = {};
  for (const [k, v] of mapEntries(src.doc.contents)) {
    if (k === key) continue;
    if (isScalar(v) && typeof v.value === 'string') variables[k] = v.value;
    else if (isMap(v))
      for (const [k2, v2] of mapEntries(v)) if (isScalar(v2) && v2.value !== null) variables[k2] = String(v2.value);
  }
  return { key, src, variables };
}

/** The prompt text of a template YAML, for the content test; undefined when there is none. */
export function templatePromptText(uri: string, text: string): string | undefined {
  const parts = templateParts(uri, text);
  if (!parts) return undefined;
  const node = mapEntries(parts.src.doc.contents ?? undefined).find(([k]) => k === parts.key)?.[1];
  return scalarText(parts.src, node)?.text;
}

export function parseTemplateYaml(uri: string, text: string): BotModel {
  const model = emptyModel('system-prompt', uri);
  const parts = templateParts(uri, text);
  if (!parts) return model;
  model.issues.push(...parts.src.issues);
  const node = mapEntries(parts.src.doc.contents ?? undefined).find(([k]) => k === parts.key)?.[1];
  const prompt = scalarText(parts.src, node);
  if (prompt)
    model.prompts.push({
      id: parts.key,
      label: 'system prompt',
      role: 'system',
      text: prompt,
      variables: parts.variables,
    });
  return model;
}
