// Rasa custom actions (`actions/*.py`, `actions.py`): which action calls an LLM (and with which system prompt) and
// which one opens a conversation in a helpdesk. Read with patterns over the Python text, class by class: an action
// is a class whose `name()` returns the action's name, as the Rasa SDK requires.
import type { MappedText, Span } from '../../model/types';
import { HELPDESK, LLM_ENDPOINT } from '../shared/handoff';

export interface CustomAction {
  name: string;
  uri: string;
  /** The `return "action_x"` of `name()`. */
  span: Span;
  /** True when the action calls a model API. */
  callsLlm: boolean;
  /** The system message it sends, when it is a literal (or a module constant) in the file. */
  system?: MappedText;
  /** The helpdesk the action opens a conversation in (Chatwoot, Zendesk...), when it calls one. */
  helpdesk?: string;
}

const CLASS = /^class\s+\w+\s*\([^)]*\)\s*:/gm;
const NAME = /def\s+name\s*\(\s*self\s*\)[^:]*:\s*(?:#[^\n]*\n\s*)*return\s+(["'])([\w.-]+)\1/;
const LLM_CALL =
  /\.chat\.completions\.create|\.completions\.create|\.messages\.create|\.generate_content|\.responses\.create|\bChat(?:OpenAI|Anthropic|Ollama|Groq)\s*\(|\blitellm\.|\bollama\.chat\b|\bpipeline\s*\(\s*["']text-generation/;
const HTTP_CALL = /\b(?:requests|httpx|aiohttp|session|client)\.(?:post|put|patch|get|request)\s*\(|\burlopen\s*\(/;
/** A string literal: triple-quoted first, then single-line quotes; an f/r/b prefix is allowed. */
const LITERAL = String.raw`[rRfFbBuU]{0,2}(?:"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')`;
const SYSTEM_AT = [
  new RegExp(String.raw`["']role["']\s*:\s*["']system["']\s*,\s*["']content["']\s*:\s*(${LITERAL}|[A-Za-z_]\w*)`),
  new RegExp(String.raw`\bSystemMessage\s*\(\s*(?:content\s*=\s*)?(${LITERAL}|[A-Za-z_]\w*)`),
  new RegExp(String.raw`\(\s*["']system["']\s*,\s*(${LITERAL}|[A-Za-z_]\w*)`),
  new RegExp(String.raw`\b(?:system|instructions|system_instruction)\s*=\s*(${LITERAL}|[A-Za-z_]\w*)`),
];

/** The custom actions of one Python file. */
export function readCustomActions(uri: string, text: string): CustomAction[] {
  const starts = [...text.matchAll(CLASS)].map((m) => m.index!);
  const out: CustomAction[] = [];
  starts.forEach((start, i) => {
    const body = text.slice(start, classEnd(text, start, starts[i + 1]));
    const name = NAME.exec(body);
    if (!name) return;
    const at = start + name.index + name[0].length - name[2].length - 1;
    const code = withoutComments(body);
    // A helpdesk counts only when the class makes an HTTP call: a message that mentions a human is not a handoff.
    const http = HTTP_CALL.test(code);
    const helpdesk = http ? (HELPDESK.exec(code)?.[0] ?? helpdeskConstant(text, code)) : undefined;
    out.push({
      name: name[2],
      uri,
      span: { start: at, end: at + name[2].length },
      callsLlm: LLM_CALL.test(code) || LLM_ENDPOINT.test(code),
      system: systemMessage(uri, text, start, body),
      helpdesk,
    });
  });
  return out;
}

/** A class ends at the next top-level statement (a line that starts at column 0) or the next class. */
function classEnd(text: string, start: number, next: number | undefined): number {
  const top = /\n(?=[^\s#])/g;
  top.lastIndex = start + 1;
  const m = top.exec(text);
  const end = m ? m.index : text.length;
  return next !== undefined ? Math.min(end, next) : end;
}

/** The code without comments and docstrings (their words say nothing about what the action calls). */
function withoutComments(code: string): string {
  return code.replace(/#[^\n]*/g, '').replace(/"""[\s\S]*?"""|'''[\s\S]*?'''/g, '');
}

/** An UPPER_CASE constant used in the class whose module value names a helpdesk (`CHATWOOT_URL = os.environ…`). */
function helpdeskConstant(text: string, code: string): string | undefined {
  for (const m of code.matchAll(/\b([A-Z][A-Z0-9_]{2,})\b/g)) {
    const def = new RegExp(String.raw`^${m[1]}\s*=\s*([^\n]+)`, 'm').exec(text);
    const hit = def && HELPDESK.exec(`${m[1]} ${def[1]}`);
    if (hit) return hit[0];
  }
  return undefined;
}

/** The system message the class sends: a literal at the call, or a module constant it names. */
function systemMessage(uri: string, text: string, classStart: number, body: string): MappedText | undefined {
  for (const re of SYSTEM_AT) {
    const m = re.exec(body);
    if (!m) continue;
    const value = m[1];
    if (/^[A-Za-z_]\w*$/.test(value) && !/^[rRfFbBuU]{0,2}["']/.test(value)) {
      const def = new RegExp(String.raw`^(?:${value})\s*(?::[^=\n]*)?=\s*(${LITERAL})`, 'm').exec(text);
      if (def) return literalText(uri, def[1], def.index + def[0].length - def[1].length);
      continue;
    }
    return literalText(uri, value, classStart + m.index + m[0].length - value.length);
  }
  return undefined;
}

/** The characters between the quotes, mapped one to one onto the source (escapes are kept as written). */
function literalText(uri: string, literal: string, at: number): MappedText {
  const prefix = /^[rRfFbBuU]{0,2}/.exec(literal)![0].length;
  const quote = literal.startsWith('"""', prefix) || literal.startsWith("'''", prefix) ? 3 : 1;
  const from = at + prefix + quote;
  const text = literal.slice(prefix + quote, literal.length - quote);
  return { uri, text, encoding: 'raw', toSource: (i) => from + Math.min(i, text.length) };
}
