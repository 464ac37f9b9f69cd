/**
 * A bot's configuration file that holds its prompt under a key: `config/kopikita/bot.yaml` with a
 * `system_prompt: |` block among other keys, possibly nested (`bot: { instruksi: … }`) or named in the local
 * language, or a `*.prompt.json` / `agent.json` with `"systemPrompt": "…"`. JSON is read with the YAML parser
 * (YAML 1.2 reads JSON), so the prompt keeps its source ranges. Only files whose own name says "prompt", "bot",
 * "agent"… are read this way, and never one that has the keys of a flow export.
 */
import { isMap, type Node as YNode } from 'yaml';
import type { BotModel } from '../../model/types';
import { mapEntries, parseYaml, scalarText, type YamlSource } from '../shared/yamlSource';
import { parseSystemPrompt } from './parse';

/** Key names that hold a prompt, in English and in the languages whose configs were seen to use their own words. */
const PROMPT_KEY =
  /^(?:[\p{L}_-]*(?:prompt|instruc|instruks|instruç|istruz|anweisung|talimat|yönerge|persona|инструкц|інструкц|промпт|提示|指示|指令|プロンプト|프롬프트|지시|คำสั่ง|พรอมต์|تعليمات|هدایت|निर्देश)[\p{L}_-]*|system|system_?message|systemmessage|sistem_?mesaj\p{L}*|mensaje_?sistema|mensagem_?sistema)$/iu;
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
/** Shorter values are labels or model names, not prompts. */
const MIN_PROMPT_CHARS = 60;
const MAX_DEPTH = 3;

export interface PromptNode {
  key: string;
  node: YNode;
  src: YamlSource;
}

/** The longest string under a prompt key, at most three maps deep; undefined for flow exports. */
export function findPromptNode(uri: string, text: string): PromptNode | undefined {
  const src = parseYaml(uri, text);
  const root = src.doc.contents ?? undefined;
  if (!isMap(root) || mapEntries(root).some(([k]) => FLOW_KEYS.has(k.toLowerCase()))) return undefined;
  let best: PromptNode | undefined;
  const visit = (node: YNode | undefined, depth: number): void => {
    for (const [k, v] of mapEntries(node)) {
      if (isMap(v) && depth < MAX_DEPTH) visit(v, depth + 1);
      const value = PROMPT_KEY.test(k) ? scalarText(src, v) : undefined;
      if (v && value && value.text.length >= MIN_PROMPT_CHARS && value.text.length > (best ? textOf(best) : 0))
        best = { key: k, node: v, src };
    }
  };
  visit(root as YNode, 1);
  return best;
}

const textOf = (p: PromptNode): number => scalarText(p.src, p.node)?.text.length ?? 0;

/** The prompt text of a JSON prompt file for the content test: its prompt key's value, or the whole text. */
export function jsonPromptText(uri: string, text: string): string | undefined {
  if (!parsesAsJson(text)) return text;
  const found = findPromptNode(uri, text);
  return found && scalarText(found.src, found.node)?.text;
}

/**
 * A JSON prompt file is read whole: its prompt key decided that it is one, and its other keys (tools, a router's
 * agents, capabilities) describe the same bot. So is a `*.prompt.json` that is prose around a JSON block.
 */
export function parsePromptJson(uri: string, text: string): BotModel {
  return parseSystemPrompt(uri, text);
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
