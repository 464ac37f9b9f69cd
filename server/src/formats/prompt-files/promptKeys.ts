/**
 * A bot's configuration file that holds its prompt under a key: `config/kopikita/bot.yaml` with a
 * `system_prompt: |` block among other keys, possibly nested (`bot: { instruksi: … }`) or named in the local
 * language, or a `*.prompt.json` / `agent.json` with `"systemPrompt": "…"`. JSON is read with the YAML parser
 * (YAML 1.2 reads JSON), so the prompt keeps its source ranges. Only files whose own name says "prompt", "bot",
 * "agent"… are read this way, and never one that has the keys of a flow export.
 */
import { isMap, isScalar, isSeq, type Node as YNode } from 'yaml';
import type { BotModel } from '../../model/types';
import { mapEntries, parseYaml, scalarText, type YamlSource } from '../shared/yamlSource';
import { MODEL_NAMES } from './modelNames';
import { parseSystemPrompt } from './parse';

/** Words of key names that hold a prompt, in English and in the languages whose configs were seen to use their own words. */
export const PROMPT_WORDS =
  'prompt|instruc|instruks|instruç|istruz|anweisung|talimat|yönerge|persona|инструкц|інструкц|промпт|提示|指示|指令|プロンプト|프롬프트|지시|คำสั่ง|พรอมต์|تعليمات|هدایت|निर्देश';
const PROMPT_KEY = new RegExp(
  `^(?:[\\p{L}_-]*(?:${PROMPT_WORDS})[\\p{L}_-]*|system|system_?message|systemmessage|developer|developer_?message|sistem_?mesaj\\p{L}*|mensaje_?sistema|mensagem_?sistema)$`,
  'iu',
);
/** Cheap test before parsing: a key that may name a prompt (`"systemPrompt":`, `instruksi:`) or a system message. */
const PROMPT_KEY_IN_TEXT = new RegExp(
  `(?:${PROMPT_WORDS}|system|sistem|sistema)[\\p{L}_-]*["']?[ \\t]*:|\\brole["']?[ \\t]*:[ \\t]*["']?(?:system|developer)\\b`,
  'iu',
);

/**
 * A key whose name alone says it holds the system prompt (`system_prompt`, `systemPrompt`, `instructions`,
 * `persona`, `system`, `developer_message`, `instruksi`, `提示词`…), or a part of a map under such a key
 * (`[prompt] sistem = …`, `persona: {system: …}`), or a `role: system` message: its text needs no "You are …"
 * line to be a prompt, only to be natural-language text (sniff.ts). A bare `prompt`/`prompts`/`user_prompt` is
 * not explicit: UI and CLI strings use that word for a question put to a person ("prompt": "Enter your name").
 */
/** A key whose name says it holds a prompt (explicitly or not). */
export function isPromptKey(key: string): boolean {
  return PROMPT_KEY.test(key);
}

/** Names of the part of a `prompt` map that holds the system text (`[prompt] sistem = …`, `prompt: {text: …}`). */
const SYSTEM_PART = /^(?:system|sistem|sistema|système|systeme|sys|system_?text|content|text|body|template)$/i;
/** A string under a map named like a prompt (`under`) is explicit when that name is, or its own key names the system text. */
export function isExplicitPart(under: string, key: string): boolean {
  return isExplicitPromptKey(under) || (PROMPT_KEY.test(under) && SYSTEM_PART.test(key));
}

const NOT_EXPLICIT = /^(?:user_?|input_?|default_?)?prompts?(?:_?text)?$/i;
export function isExplicitPromptKey(key: string): boolean {
  const last = key.split('.').pop() ?? key;
  if (/\[system\]$/.test(last)) return true;
  return PROMPT_KEY.test(last) && !NOT_EXPLICIT.test(last);
}

/**
 * Cheap test before a TOML file is parsed: every key PROMPT_KEY accepts, and the `role = "system"` / `"developer"`
 * of a message, contains one of these words, so a file without any has no prompt part.
 */
const PROMPT_WORD_ANYWHERE = new RegExp(`${PROMPT_WORDS}|system|sistem|developer|mensaje|mensagem`, 'iu');
export function mayNamePrompt(text: string): boolean {
  return PROMPT_WORD_ANYWHERE.test(text);
}

export function mayHavePromptKey(text: string): boolean {
  return PROMPT_KEY_IN_TEXT.test(text) || (SERIALIZED_PROMPT_KEY.test(text) && TEMPLATE_KEY_IN_TEXT.test(text));
}

/**
 * A serialized prompt template: LangChain's `{"_type": "prompt", "input_variables": […], "template": "…"}` (also
 * `few_shot`), a Semantic Kernel prompt YAML (`name`, `template_format`, `template: |` with `<message role="system">`,
 * `execution_settings`). Its `template` is the text the model gets, as a prompt key's value is.
 */
const SERIALIZED_PROMPT_KEY = /["']?(?:_type|template_format|input_variables|execution_settings)["']?[ \t]*:/;
const TEMPLATE_KEY_IN_TEXT = /(?:^|[,{])[ \t]*["']?template["']?[ \t]*:/m;
const SERIALIZED_TYPE = /^(?:prompt|few_shot|chat|chat_prompt)$/i;
function serializedPrompt(root: YNode): boolean {
  const keys = new Map(mapEntries(root).map(([k, v]) => [k, v] as const));
  const type = keys.get('_type');
  if (type !== undefined) return isScalar(type) && SERIALIZED_TYPE.test(String(type.value));
  return keys.has('template_format') || keys.has('input_variables') || keys.has('execution_settings');
}

/** A key naming a chat model (`model: gpt-4.1-mini`, `"model": {"name": "claude-…"}`): the file configures an LLM. */
const MODEL_KEY_IN_TEXT = new RegExp(
  `["']?(?:model|model_?name|deployment|azure_deployment)["']?[ \\t]*:[ \\t]*(?:\\{[^}\\n]*)?["']?(?:${MODEL_NAMES})`,
  'i',
);

/**
 * Why a YAML or JSON file that configures a chat model was not read as a prompt, for `--explain-skips`: it has no
 * key that names a prompt, or the prompt key it has holds no text; undefined for any other file (say nothing).
 */
export function modelConfigReason(text: string, hasKey: boolean): string | undefined {
  if (!MODEL_KEY_IN_TEXT.test(text)) return undefined;
  return hasKey
    ? 'a config that names a chat model, whose prompt-like keys hold no prompt text (60 characters or more, at most three levels deep)'
    : 'a config that names a chat model but has no key that names a prompt (system_prompt, systemPrompt, instructions, prompt, persona, system_message, or the local word, at most three levels deep): its other keys are not read as a prompt';
}
/** Top-level keys of flow and project exports (n8n, Typebot, Flowise, Dify, Rasa, Voiceflow, Copilot Studio …). */
const FLOW_KEYS = new Set([
  'nodes',
  'edges',
  'connections',
  'groups',
  'states',
  'flows',
  'flow',
  'pages',
  'blocks',
  'workflow',
  'app',
  'nlu',
  'stories',
  'rules',
  'responses',
  'intents',
  'kind',
  'diagram',
  'programs',
]);
/** Keys a flow export holds as a map with these keys (Dify's `app: {mode: chat, …}`); another map is a config's. */
const FLOW_MAP_KEYS: Record<string, string> = { app: 'mode', workflow: 'graph' };
/**
 * Whether a top-level key and its value are those of a flow export: the export's keys hold structures (a Dify
 * `app: {mode: …}`, n8n `nodes: […]`); a config's own scalar under the same name (`"app": "mavirota-wa-bot"`,
 * `"flow": "booking"`) is a label. Copilot Studio's `kind: AdaptiveDialog` is a scalar that names the export.
 */
function flowKey(key: string, structured: boolean, has?: (k: string) => boolean): boolean {
  const k = key.toLowerCase();
  if (FLOW_MAP_KEYS[k] && has && !has(FLOW_MAP_KEYS[k])) return false;
  return FLOW_KEYS.has(k) && (structured || k === 'kind');
}

/** Shorter values are labels or model names, not prompts. */
export const MIN_PROMPT_CHARS = 60;
/** A part of a split prompt: a short persona sentence beside the long rules. */
export const MIN_PART_CHARS = 20;
const MAX_DEPTH = 3;

export interface PromptNode {
  key: string;
  /** The keys from the root to the value, joined by dots (`bot.system_prompt`). */
  path: string;
  node: YNode;
  src: YamlSource;
  /** The key's name says it holds the system prompt (isExplicitPromptKey). */
  explicit: boolean;
}

/** The longest string under a prompt key, at most three maps deep; undefined for flow exports. */
export function findPromptNode(uri: string, text: string): PromptNode | undefined {
  let best: PromptNode | undefined;
  for (const p of findPromptNodes(uri, text)) if (!best || textOf(p) > textOf(best)) best = p;
  return best;
}

/**
 * Every string under a prompt key (at most three maps deep), in document order; none for flow exports. A config
 * often splits its prompt: OpenAI Assistants' `instructions` and `additional_instructions`, a shared
 * `base: {system: …}` with a tenant's `developer: …`, a persona key beside a rules key. Shorter strings (labels,
 * model names) are left out, except beside a long one: the persona line "You are X's assistant." is often short.
 */
export function findPromptNodes(uri: string, text: string): PromptNode[] {
  const src = parseYaml(uri, text);
  const root = src.doc.contents ?? undefined;
  const mapHas = (v: unknown) => (k: string) => mapEntries(v as YNode).some(([key]) => key === k);
  if (!isMap(root) || mapEntries(root).some(([k, v]) => flowKey(k, isMap(v) || isSeq(v), mapHas(v)))) return [];
  const found: PromptNode[] = [];
  let at = '';
  const consider = (
    key: string,
    v: YNode | undefined,
    min = MIN_PART_CHARS,
    explicit = isExplicitPromptKey(key),
  ): void => {
    const value = v ? scalarText(src, v) : undefined;
    if (v && value && value.text.trim().length >= min) found.push({ key, path: at, node: v, src, explicit });
  };
  const visit = (node: YNode | undefined, depth: number, underPrompt: string | undefined, path = ''): void => {
    for (const [k, v] of mapEntries(node)) {
      at = path ? `${path}.${k}` : k;
      // A flat key of a strings file (`"bot.system_prompt": …`) is named by its last part.
      const promptKey = PROMPT_KEY.test(k.split('.').pop() ?? k);
      if (isMap(v) && depth < MAX_DEPTH) visit(v, depth + 1, promptKey ? k : undefined, at);
      at = path ? `${path}.${k}` : k;
      if (promptKey && isSeq(v) && v.items.every((i) => isScalar(i)))
        // A prompt kept as a list of lines (`"systemPrompt": ["You are …", "Only …"]`): each line is a part.
        for (const item of v.items) consider(k, item as YNode, 1);
      else if (promptKey) consider(k, v);
      // A string in a map under a prompt key (`prompt: {sistem: …}`, `persona: {system: …}`) is a part of it.
      else if (underPrompt && isScalar(v))
        consider(`${underPrompt}.${k}`, v, MIN_PART_CHARS, isExplicitPart(underPrompt, k));
      // A chat-completions message list (`messages: [{role: system, content: …}]`): the system message is the prompt;
      // a list of maps (`variants: [{id: B, system_prompt: …}]`, `agents: [{name, instructions}]`) is read like maps.
      else if (isSeq(v))
        for (const item of v.items) {
          consider(`${k}[system]`, systemContent(item as YNode));
          if (isMap(item) && depth < MAX_DEPTH) visit(item as YNode, depth + 1, undefined);
        }
    }
  };
  visit(root as YNode, 1, undefined);
  if (serializedPrompt(root as YNode)) {
    at = 'template';
    consider('template[system]', mapEntries(root).find(([k]) => k === 'template')?.[1], MIN_PART_CHARS, true);
  }
  const total = found.reduce((n, p) => n + textOf(p), 0);
  return found.some((p) => textOf(p) >= MIN_PROMPT_CHARS) || total >= MIN_PROMPT_CHARS * 2 ? found : [];
}

/**
 * A key that says only "instructions" (`instructions`, `instruksi`, `talimatlar`, `指示`): apps keep people's
 * instructions under it too (deployment steps, delivery or payment notes), so it names a system prompt only in a
 * file that configures a chat model. A key that also says prompt, system, persona, bot or agent is unambiguous.
 */
const NAMES_A_MODEL_PROMPT =
  /prompt|system|sistem|persona|developer|bot|agent|assist|llm|gpt|промпт|提示|プロンプト|프롬프트|พรอมต์|\[system\]$/iu;
/** Keys of a chat model's settings (`model: gpt-…`, `temperature`, `max_tokens`, `tools`, an assistant id). */
const LLM_SETTING =
  /["']?(?:temperature|max_?(?:output_?)?tokens|top_?p|tool_?choice|response_?format|assistant_?id|llm|openai|anthropic)["']?[ \t]*[:=]/i;
/** A TOML key naming a chat model (`model = "gpt-4o-mini"`). */
export const TOML_MODEL_KEY = new RegExp(
  `^[ \\t]*["']?(?:model|model_?name|deployment)["']?[ \\t]*=[ \\t]*["'](?:${MODEL_NAMES})`,
  'im',
);
/** Of the last text asked about: a file's prompt keys are each asked about the same text (three whole-text scans). */
let lastConfigures: { text: string; configures: boolean } | undefined;
function configuresModel(text: string): boolean {
  if (lastConfigures?.text !== text)
    lastConfigures = {
      text,
      configures: MODEL_KEY_IN_TEXT.test(text) || TOML_MODEL_KEY.test(text) || LLM_SETTING.test(text),
    };
  return lastConfigures.configures;
}

/**
 * An explicit prompt key (isExplicitPromptKey) names the system prompt in this file: any such key in a file that
 * configures a chat model, elsewhere only one that is not a bare "instructions". YAML, JSON and TOML configs alike.
 */
export function namesSystemPrompt(key: string, text: string): boolean {
  return NAMES_A_MODEL_PROMPT.test(key.split('.').pop() ?? key) || configuresModel(text);
}

/**
 * A key path that names a bot's system prompt itself, not a question put to a person (`bot.system_prompt`,
 * `assistant.instructions`, `systemPrompt`; not `order.status_prompt`): in a strings file under `locales/`, only such
 * a key is read as a prompt, its UI strings never are.
 */
const BOT_SYSTEM_PROMPT_PATH = new RegExp(
  `(?:^|[._-])(?:system[._-]?(?:prompt|message|instructions?)|(?:bot|chatbot|assistant|agent|llm|ai|gpt)[._-]?(?:system[._-]?)?(?:prompt|instructions?|persona|${PROMPT_WORDS})\\p{L}*)$`,
  'iu',
);
export function namesBotSystemPrompt(path: string): boolean {
  return BOT_SYSTEM_PROMPT_PATH.test(path.replace(/([a-z])([A-Z])/g, '$1_$2'));
}

/** Whether one of the file's prompt keys names the system prompt explicitly, in context (namesSystemPrompt). */
export function explicitPromptKey(uri: string, text: string): boolean {
  return findPromptNodes(uri, text).some((p) => p.explicit && namesSystemPrompt(p.key, text));
}

/** The text of all prompt keys' values, in document order, one paragraph each: what the content test reads. */
export function joinedPromptText(nodes: PromptNode[]): string | undefined {
  const texts = nodes
    .slice()
    .sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0))
    .map((p) => scalarText(p.src, p.node)?.text)
    .filter((t): t is string => !!t);
  return texts.length ? texts.join('\n\n') : undefined;
}

/** The `content` of a `{role: system|developer, content: …}` message, or undefined. */
function systemContent(item: YNode | undefined): YNode | undefined {
  const entries = mapEntries(item);
  const role = entries.find(([k]) => k === 'role')?.[1];
  if (!role || !/^(?:system|developer)$/i.test(String((role as { value?: unknown }).value ?? ''))) return undefined;
  // LangChain's serialised chat prompts keep the text under `template` (`{role: system, template: …}`).
  return entries.find(([k]) => MESSAGE_TEXT.test(k))?.[1];
}
const MESSAGE_TEXT = /^(?:content|template|text)$/;

const textOf = (p: PromptNode): number => scalarText(p.src, p.node)?.text.length ?? 0;

/**
 * The prompt text of a JSON prompt file for the content test: its prompt key's value, or the whole text when
 * it is no JSON (`keyOnly`: only a prompt key's value).
 */
export function jsonPromptText(uri: string, text: string, keyOnly = false): string | undefined {
  const parsed = parsedJson(text);
  if (parsed === NOT_JSON) return keyOnly ? undefined : text;
  // A flow export is left to its own format before the YAML parser is asked for its ranges.
  if (
    keyOnly &&
    (!isRecord(parsed) ||
      Object.entries(parsed).some(([k, v]) =>
        flowKey(k, typeof v === 'object', (key) => isRecord(v) && Object.prototype.hasOwnProperty.call(v, key)),
      ))
  )
    return undefined;
  return joinedPromptText(findPromptNodes(uri, text));
}

/**
 * A JSON prompt file is read whole: its prompt key decided that it is one, and its other keys (tools, a router's
 * agents, capabilities) describe the same bot. So is a `*.prompt.json` that is prose around a JSON block.
 */
export function parsePromptJson(uri: string, text: string): BotModel {
  return parseSystemPrompt(uri, text);
}

const NOT_JSON = Symbol('not JSON');

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
