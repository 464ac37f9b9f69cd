import { isMap, isScalar } from 'yaml';
import { emptyModel, type BotModel, type PromptUnit } from '../../model/types';
import { sliceText } from '../../model/text';
import { splitFrontMatter } from '../shared/frontMatter';
import { normaliseProvider } from '../shared/providers';
import { promptIO } from './promptIO';
import { mapEntries, nodeAt, parseYaml, refOf, scalarText, seqItems, str, type YamlSource } from '../shared/yamlSource';

/** Plain system prompt in Markdown or text: the whole body is the prompt. */
export function parseSystemPrompt(uri: string, text: string): BotModel {
  const model = emptyModel('system-prompt', uri);
  const fm = splitFrontMatter(uri, text);
  if (fm.yaml) model.issues.push(...fm.yaml.issues);
  model.prompts.push({
    id: 'system',
    label: 'system prompt',
    role: 'system',
    text: sliceText(uri, text, fm.bodyStart, text.length),
    variables: {},
  });
  return model;
}

/** GitHub Models `.prompt.yml`: `model` plus `messages[{role, content}]`. */
export function parsePromptYml(uri: string, text: string): BotModel {
  const model = emptyModel('prompt-yml', uri);
  const src = parseYaml(uri, text);
  model.issues.push(...src.issues);
  addModel(model, src, nodeAt(src, ['model']));
  const messages = seqItems(nodeAt(src, ['messages']));
  const user = messages
    .filter((m) => str(nodeAt(m, ['role'])) === 'user')
    .map((m) => scalarText(src, nodeAt(m, ['content']))?.text ?? '');
  const io = promptIO(str(nodeAt(src, ['responseFormat'])), user);
  messages.forEach((m, i) => {
    const role = str(nodeAt(m, ['role']));
    const content = scalarText(src, nodeAt(m, ['content']));
    if (role === 'system' && content)
      model.prompts.push({
        id: `messages[${i}]`,
        label: `system message`,
        role: 'system',
        text: content,
        variables: testDataDefaults(src),
        ...(io ? { io } : {}),
      });
  });
  if (!model.prompts.length) {
    // No system message: the first user message carries the instructions.
    const first = messages.find((m) => str(nodeAt(m, ['role'])) === 'user');
    const content = first && scalarText(src, nodeAt(first, ['content']));
    if (content)
      model.prompts.push({
        id: 'messages[user]',
        label: 'user message template',
        role: 'template',
        text: content,
        variables: testDataDefaults(src),
      });
  }
  return model;
}

function testDataDefaults(src: YamlSource): Record<string, string> {
  const out: Record<string, string> = {};
  const first = seqItems(nodeAt(src, ['testData']))[0];
  for (const [k, v] of mapEntries(first)) if (isScalar(v)) out[k] = String(v.value);
  return out;
}

function addModel(model: BotModel, src: YamlSource, node: ReturnType<typeof nodeAt>, providerHint?: string): void {
  const name = str(node);
  if (!name && !providerHint) return;
  const [vendor, id] = name && name.includes('/') ? name.split('/', 2) : [providerHint, name];
  const provider = normaliseProvider(vendor ?? providerHint, id);
  if (provider) model.models.push({ provider, model: id, ref: refOf(src, node) });
}

/** Prompty: YAML front matter (model.configuration.type) + Jinja body with `system:` / `user:` role lines. */
export function parsePrompty(uri: string, text: string): BotModel {
  const model = emptyModel('prompty', uri);
  const fm = splitFrontMatter(uri, text);
  const variables: Record<string, string> = {};
  let output: string | undefined;
  const fields: string[] = [];
  if (fm.yaml) {
    model.issues.push(...fm.yaml.issues);
    const type = str(nodeAt(fm.yaml, ['model', 'configuration', 'type']));
    const deployment =
      nodeAt(fm.yaml, ['model', 'configuration', 'azure_deployment']) ??
      nodeAt(fm.yaml, ['model', 'configuration', 'name']);
    if (type)
      model.models.push({
        provider: normaliseProvider(type, str(deployment)) ?? 'other',
        model: str(deployment),
        ref: refOf(fm.yaml, nodeAt(fm.yaml, ['model', 'configuration', 'type'])),
      });
    for (const [k, v] of mapEntries(nodeAt(fm.yaml, ['sample']))) if (isScalar(v)) variables[k] = String(v.value);
    for (const [k, v] of mapEntries(nodeAt(fm.yaml, ['inputs']))) {
      const d = isMap(v) ? str(nodeAt(v, ['default'])) : undefined;
      if (d !== undefined) variables[k] = d;
    }
    output =
      str(nodeAt(fm.yaml, ['model', 'parameters', 'response_format', 'type'])) ??
      (mapEntries(nodeAt(fm.yaml, ['outputs'])).length ? 'json' : undefined);
    fields.push(...mapEntries(nodeAt(fm.yaml, ['outputs'])).map(([k]) => k));
  }
  pushRoleSections(model, uri, text, fm.bodyStart, /^[ \t]*(system|user|assistant)[ \t]*:[ \t]*$/gim, variables, {
    output,
    fields,
  });
  return model;
}

/** Dotprompt: front matter (`model`, `input.default`) + Handlebars body with `{{role "system"}}` markers. */
export function parseDotprompt(uri: string, text: string): BotModel {
  const model = emptyModel('dotprompt', uri);
  const fm = splitFrontMatter(uri, text);
  const variables: Record<string, string> = {};
  let output: string | undefined;
  const fields: string[] = [];
  if (fm.yaml) {
    model.issues.push(...fm.yaml.issues);
    addModel(model, fm.yaml, nodeAt(fm.yaml, ['model']));
    for (const [k, v] of mapEntries(nodeAt(fm.yaml, ['input', 'default'])))
      if (isScalar(v)) variables[k] = String(v.value);
    output = str(nodeAt(fm.yaml, ['output', 'format']));
    fields.push(...mapEntries(nodeAt(fm.yaml, ['output', 'schema'])).map(([k]) => k));
  }
  pushRoleSections(
    model,
    uri,
    text,
    fm.bodyStart,
    /\{\{\s*role\s+["'](system|user|model|assistant)["']\s*\}\}/gi,
    variables,
    { output, fields },
  );
  return model;
}

/**
 * Splits a template body on role markers and keeps the system sections. A body without markers is
 * one template the model receives as its instructions.
 */
function pushRoleSections(
  model: BotModel,
  uri: string,
  text: string,
  bodyStart: number,
  marker: RegExp,
  variables: Record<string, string>,
  declared: { output: string | undefined; fields?: string[] } = { output: undefined },
): void {
  const body = text.slice(bodyStart);
  const marks = [...body.matchAll(marker)];
  const turnEnd = (i: number) => (i + 1 < marks.length ? marks[i + 1].index! : body.length);
  const user = marks.flatMap((m, i) =>
    m[1].toLowerCase() === 'user' ? [body.slice(m.index! + m[0].length, turnEnd(i))] : [],
  );
  const io = marks.length ? promptIO(declared.output, user, declared.fields) : undefined;
  if (!marks.length) {
    model.prompts.push({
      id: 'body',
      label: 'prompt template',
      role: 'template',
      text: sliceText(uri, text, bodyStart, text.length),
      variables,
    });
    return;
  }
  const sections: PromptUnit[] = [];
  const lead = body.slice(0, marks[0].index).trim();
  if (lead)
    sections.push({
      id: 'preamble',
      label: 'prompt template',
      role: 'template',
      text: sliceText(uri, text, bodyStart, bodyStart + marks[0].index!),
      variables,
    });
  marks.forEach((m, i) => {
    if (m[1].toLowerCase() !== 'system') return;
    const start = bodyStart + m.index! + m[0].length;
    const end = i + 1 < marks.length ? bodyStart + marks[i + 1].index! : text.length;
    sections.push({
      id: `system#${sections.length}`,
      label: 'system message',
      role: 'system',
      text: sliceText(uri, text, start, end),
      variables,
      ...(io ? { io } : {}),
    });
  });
  if (!sections.length) {
    const firstUser = marks.findIndex((m) => m[1].toLowerCase() === 'user');
    if (firstUser >= 0) {
      const start = bodyStart + marks[firstUser].index! + marks[firstUser][0].length;
      const end = firstUser + 1 < marks.length ? bodyStart + marks[firstUser + 1].index! : text.length;
      sections.push({
        id: 'user',
        label: 'user message template',
        role: 'template',
        text: sliceText(uri, text, start, end),
        variables,
      });
    }
  }
  model.prompts.push(...sections);
}
