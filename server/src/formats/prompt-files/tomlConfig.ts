/**
 * A bot's configuration kept as TOML (`config/bot.toml`, `agent.toml`): its prompt sits under a key that names a
 * prompt (`system_prompt = """…"""`, `[agent.persona] system = …`, `[prompt] sistem = …`, `[[messages]]` with
 * `role = "system"`), beside the model, the channel and the handoff settings. Read with toml-eslint-parser (a
 * maintained TOML 1.0 parser that keeps every value's source range), so findings point into the prompt string.
 * The same tests as a YAML or JSON config decide (promptKeys.ts, sniff.ts); its prompt keys' strings are the
 * prompt, with the other string values as its fields (parseTomlConfig).
 */
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { emptyModel, type BotModel } from '../../model/types';
import { alignToSource, concatMapped, fromOffsets } from '../../model/text';
import { isExplicitPart, isExplicitPromptKey, isPromptKey, MIN_PART_CHARS, MIN_PROMPT_CHARS } from './promptKeys';

/** Key paths deeper than this (`[a.b.c.d] e`) are not looked into: prompts sit near the top of a config. */
const MAX_DEPTH = 4;

export interface TomlPromptPart {
  /** The dotted key path (`llm.prompt.system`, `messages[system]`). */
  key: string;
  text: string;
  /** Source range of the string token (quotes included). */
  range: [number, number];
  /** The key names the system prompt itself (isExplicitPromptKey). */
  explicit: boolean;
}

/** The parsed file, or undefined when it is no valid TOML (a broken file is not guessed at). */
function parse(text: string): AST.TOMLProgram | undefined {
  try {
    return parseTOML(text);
  } catch {
    return undefined;
  }
}

/**
 * Every string under a key that names a prompt, in document order: the key itself (`system_prompt`), a table or
 * inline table under one (`[persona] system`), a list of lines, or the `content` of a `role = "system"` message.
 * Empty when none holds prompt-sized text.
 */
export function tomlPromptParts(text: string): TomlPromptPart[] {
  const ast = parse(text);
  return ast ? promptPartsOf(ast) : [];
}

function promptPartsOf(ast: AST.TOMLProgram): TomlPromptPart[] {
  const found: TomlPromptPart[] = [];
  const add = (key: string, v: AST.TOMLContentNode, explicit: boolean, min = MIN_PART_CHARS) => {
    if (v.type === 'TOMLValue' && v.kind === 'string' && v.value.trim().length >= min)
      found.push({ key, text: v.value, range: v.range, explicit });
  };
  /** A key-value at `path`; `under` is the prompt key of a table above it, if any. */
  const visit = (path: string[], v: AST.TOMLContentNode, under: string | undefined): void => {
    if (path.length > MAX_DEPTH) return;
    const key = path[path.length - 1] ?? '';
    const promptKey = isPromptKey(key);
    const dotted = path.join('.');
    if (v.type === 'TOMLInlineTable') {
      for (const kv of v.body) visit([...path, ...keyNames(kv.key)], kv.value, promptKey ? key : under);
      return;
    }
    if (v.type === 'TOMLArray') {
      if (promptKey && v.elements.every((e) => e.type === 'TOMLValue'))
        for (const e of v.elements) add(dotted, e, isExplicitPromptKey(key), 1);
      else for (const e of v.elements) if (e.type === 'TOMLInlineTable') systemMessage(dotted, e.body);
      return;
    }
    if (promptKey) add(dotted, v, isExplicitPromptKey(key));
    else if (under) add(dotted, v, isExplicitPart(under, key));
  };
  /** `{ role = "system", content = "…" }`: the system message of a chat-completions list. */
  const systemMessage = (key: string, body: AST.TOMLKeyValue[]): void => {
    const role = body.find((kv) => keyNames(kv.key).join('.') === 'role')?.value;
    if (role?.type !== 'TOMLValue' || !/^(?:system|developer)$/i.test(String(role.value))) return;
    const content = body.find((kv) => keyNames(kv.key).join('.') === 'content')?.value;
    if (content) add(`${key}[system]`, content, true);
  };
  const top = ast.body[0];
  for (const item of top?.body ?? []) {
    if (item.type === 'TOMLKeyValue') visit(keyNames(item.key), item.value, undefined);
    else if (item.kind === 'array')
      systemMessage(item.resolvedKey.filter((k) => typeof k === 'string').join('.'), item.body);
    else {
      const path = item.resolvedKey.map(String);
      if (path.length > MAX_DEPTH) continue;
      const under = [...path].reverse().find(isPromptKey);
      for (const kv of item.body) visit([...path, ...keyNames(kv.key)], kv.value, under);
    }
  }
  const total = found.reduce((n, p) => n + p.text.trim().length, 0);
  return found.some((p) => p.text.trim().length >= MIN_PROMPT_CHARS) || total >= MIN_PROMPT_CHARS * 2
    ? found.sort((a, b) => a.range[0] - b.range[0])
    : [];
}

function keyNames(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

/** The text of all prompt parts, one paragraph each: what the content test reads. */
export function tomlPromptText(parts: TomlPromptPart[]): string | undefined {
  return parts.length ? parts.map((p) => p.text).join('\n\n') : undefined;
}

/**
 * The values of a config's other string keys, by their last key name (`nama = ""`, `persona = "a helpful
 * assistant"`): a template's fields, read with its prompt so an empty business field is seen as empty.
 */
function valuesOf(ast: AST.TOMLProgram, prompt: TomlPromptPart[]): Record<string, string> {
  const out: Record<string, string> = {};
  const skip = new Set(prompt.map((p) => p.range[0]));
  const put = (key: string, v: AST.TOMLContentNode) => {
    if (v.type === 'TOMLValue' && v.kind === 'string' && !skip.has(v.range[0])) out[key] = v.value;
  };
  for (const item of ast.body[0]?.body ?? []) {
    if (item.type === 'TOMLKeyValue') put(keyNames(item.key).pop() ?? '', item.value);
    else for (const kv of item.body) put(keyNames(kv.key).pop() ?? '', kv.value);
  }
  return out;
}

/** Tables of a config that describe its path to people (`[handoff]`, `[escalation]`, `[human_agent]`). */
const HANDOFF_TABLE = /handoff|hand_off|escalat|human|transfer|operator|agente_humano|atendente/i;
/** A switch that turns such a table off: `enabled = false`, `aktif = false`, `handoff_enabled = false`. */
const SWITCH = /(?:^|_)(?:enabled|enable|active|activo|ativo|aktif|on)$/i;

/**
 * The descriptions of the config's handoff tables (`[handoff] description = "Hands the chat to the front desk"`),
 * unless a switch of the table turns it off: read with the prompt, as a YAML config's handoff keys are, since the
 * prompt often only names the tool (`call transfer_to_human`).
 */
function handoffPartsOf(ast: AST.TOMLProgram): TomlPromptPart[] {
  const out: TomlPromptPart[] = [];
  for (const item of ast.body[0]?.body ?? []) {
    if (item.type !== 'TOMLTable' || !HANDOFF_TABLE.test(item.resolvedKey.join('.'))) continue;
    const off = item.body.some(
      (kv) => SWITCH.test(keyNames(kv.key).join('_')) && kv.value.type === 'TOMLValue' && kv.value.value === false,
    );
    if (off) continue;
    for (const kv of item.body)
      if (kv.value.type === 'TOMLValue' && kv.value.kind === 'string' && kv.value.value.trim().length >= MIN_PART_CHARS)
        out.push({ key: keyNames(kv.key).join('.'), text: kv.value.value, range: kv.value.range, explicit: false });
  }
  return out;
}

/** The quotes a TOML string opens with: `"""`, `'''`, `"` or `'`. */
const OPEN_QUOTE = /^(?:"""|'''|"|')/;

/**
 * A TOML config's prompt: its prompt keys' strings in document order, one paragraph each, every character mapped
 * to its place in the file (findings point into the strings), with the config's other string values as the
 * template's fields. The channel, model and handoff keys are not read as prompt text: `enabled = false` is not a
 * sentence, and a `[meta] authors` e-mail is no path to a person.
 */
export function parseTomlConfig(uri: string, text: string): BotModel {
  const model = emptyModel('system-prompt', uri);
  const ast = parse(text);
  if (!ast) {
    model.issues.push({
      message: 'TOML: the file does not parse',
      ref: { uri, span: { start: 0, end: Math.min(1, text.length) } },
      severity: 'error',
    });
    return model;
  }
  const prompt = promptPartsOf(ast);
  if (!prompt.length) return model;
  const parts = [...prompt, ...handoffPartsOf(ast)].sort((a, b) => a.range[0] - b.range[0]);
  // Each string mapped to its place inside its quotes; a blank line between strings maps to the previous one's end.
  const strings = parts.map((p) => {
    const quote = OPEN_QUOTE.exec(text.slice(p.range[0], p.range[0] + 3))?.[0].length ?? 0;
    return alignToSource(uri, p.text, text, p.range[0] + quote, p.range[1] - quote);
  });
  const mapped = strings.flatMap((m, k) => {
    if (!k) return [m];
    const before = strings[k - 1];
    const end = before.toSource(before.text.length);
    return [fromOffsets(uri, '\n\n', [end, end], end), m];
  });
  model.prompts.push({
    id: prompt[0].key,
    label: 'system prompt',
    role: 'system',
    text: concatMapped(mapped),
    variables: valuesOf(ast, parts),
  });
  return model;
}
