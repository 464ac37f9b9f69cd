/**
 * A keyword handoff: a branch taken when the user's text matches words that ask for a person
 * (`HUMAN_WORDS.includes(text)`, `/^(temsilci|agent)$/i.test(body)`, `if "humano" in texto`) and that notifies
 * staff through the transport: a send whose recipient is a fixed number of the project (a module constant, an
 * environment variable or a settings value), not the person who wrote.
 */
import { CODE_DATA } from './data';
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { nodesAt, type Module, type CodeProject } from './project-model';
import { callArgs, calleeText, enclosingFunction, unwrap } from './syntax';

export interface KeywordHandoff {
  mod: Module;
  /** The keyword test (condition of the branch). */
  condition: Node;
  /** The send to staff inside the branch. */
  send: Node;
}

const BRANCH = /\b(?:el)?if\b|\bcase\b/g;
/** Branches taken on a condition: `if`/`elif`, and a `switch` case on the message text (Go, PHP, JS). */
const BRANCH_TYPES = /^(?:if_statement|elif_clause|expression_case|case_statement|switch_case)$/;
const CALL_TYPES = [
  'call_expression',
  'call',
  'function_call_expression',
  'member_call_expression',
  'scoped_call_expression',
];
const STRING_TYPES = [
  'string',
  'regex',
  'template_string',
  'interpreted_string_literal',
  'raw_string_literal',
  'encapsed_string',
];
/** A configured value anywhere in a Go or PHP recipient (`"whatsapp:" . env('STAFF')`, `types.NewJID(os.Getenv(…))`). */
const CONFIGURED_IN = /(?:\bos\.Getenv|\bgetenv|\benv|\bconfig)\(|\$_ENV\[|["'`]\+?\d{8,}/;
/** A Go context passed before the recipient (`client.SendMessage(ctx, jid, msg)`). */
const CONTEXT_ARG = /^(?:ctx|context\.\w+\(\)|\w+\.Context\(\))$/;
const RECIPIENT_KEYS = ['to', 'chatId', 'chat_id', 'number', 'phone', 'jid', 'recipient', 'remoteJid', 'wa_id'];
/** A value the project configures: environment, settings or config objects. */
const CONFIGURED = /^(?:process\.env\b|os\.environ\b|os\.getenv\(|getenv\(|env\.|settings\.|config\.|CONFIG\.|cfg\.)/;

/** The first keyword handoff of a module, if any. */
export function keywordHandoff(project: CodeProject, mod: Module): KeywordHandoff | undefined {
  // Declarations are looked up by text search: once per name and function.
  const memo = new Map<string, ReturnType<typeof findDeclaration>>();
  const declared = (name: string, near: Node) => {
    const key = `${name}@${enclosingFunction(near)?.startIndex ?? -1}`;
    if (!memo.has(key)) memo.set(key, findDeclaration(project, mod, name, near));
    return memo.get(key);
  };
  for (const { node } of nodesAt(mod, BRANCH)) {
    const branch = BRANCH_TYPES.test(node.type) ? node : node.parent;
    if (!branch || !BRANCH_TYPES.test(branch.type)) continue;
    const isCase = /case/.test(branch.type);
    const condition = isCase
      ? (branch.childForFieldName('value') ?? branch.namedChildren[0])
      : branch.childForFieldName('condition');
    const body = isCase ? branch : (branch.childForFieldName('consequence') ?? branch.childForFieldName('body'));
    if (!condition || !body) continue;
    // The send is checked first (few branches send to a fixed number), the keywords after.
    const send = body
      .descendantsOfType(CALL_TYPES)
      .find((c): c is Node => !!c && isSend(c) && toStaff(declared, c, mod.lang === 'go' || mod.lang === 'php'));
    if (send && asksForPerson(project, mod, condition, declared)) return { mod, condition, send };
  }
  return undefined;
}

/** The condition's literals (and those of the lists or regexes it names) hold a word asking for a person. */
type Declared = (name: string, near: Node) => ReturnType<typeof findDeclaration>;

function asksForPerson(project: CodeProject, mod: Module, condition: Node, declared: Declared): boolean {
  const texts: string[] = [];
  const collect = (n: Node, m: Module, depth: number) => {
    for (const lit of n.descendantsOfType(STRING_TYPES)) if (lit) texts.push(lit.text);
    if (depth > 1) return;
    for (const id of n.descendantsOfType(['identifier', 'variable_name', 'name'])) {
      if (!id || !/^[A-Za-z_$][\w$]*$/.test(id.text)) continue;
      const t = m === mod ? declared(id.text, id) : findDeclaration(project, m, id.text, id);
      // Only constants written as literals (a list, a set, a regex), not values computed from the message.
      if (
        t &&
        !('module' in t) &&
        !enclosingFunction(t.node) &&
        /array|list|set|regex|tuple|call|new|composite_literal/.test(t.node.type)
      )
        collect(t.node, t.mod, depth + 1);
    }
  };
  collect(condition, mod, 0);
  return texts.some((t) => CODE_DATA.personWords.test(t));
}

function isSend(call: Node): boolean {
  const last = /([\w$]+)$/.exec(calleeText(call))?.[1] ?? '';
  // Go exports start upper case (`SendMessage`): read as the verb it starts with.
  const name = last ? last[0].toLowerCase() + last.slice(1) : last;
  return /\.messages\.(?:create|send)$/.test(calleeText(call)) || CODE_DATA.sendVerb.test(name);
}

/** The send goes to a number the project configures (a module constant, env, settings), not to the sender. */
function toStaff(declared: Declared, call: Node, goPhp: boolean): boolean {
  const args = callArgs(call);
  const named = RECIPIENT_KEYS.map((k) => args.named.get(k)).find(Boolean);
  if (named) return configuredRecipient(declared, named, goPhp, true);
  const positional = CONTEXT_ARG.test(args.positional[0]?.text ?? '') ? args.positional.slice(1) : args.positional;
  // The recipient is usually first; some SDKs take it after the text (heyoo's `send_message(text, to)`), where
  // only a configured value counts (env, settings), not any constant.
  return positional.some((a, i) => configuredRecipient(declared, a, goPhp, i === 0));
}

function configuredRecipient(declared: Declared, recipient: Node, goPhp: boolean, first: boolean): boolean {
  const r = unwrap(recipient);
  if (!r) return false;
  const text = r.text.replace(/\s+/g, '');
  if (CONFIGURED.test(text) || (goPhp && CONFIGURED_IN.test(text))) return true;
  if (r.type !== 'identifier' && r.type !== 'variable_name' && r.type !== 'name') return false;
  const t = declared(r.text, r);
  if (!t || 'module' in t) return false;
  if (goPhp && CONFIGURED_IN.test(t.node.text)) return true;
  if (enclosingFunction(t.node)) return false;
  const value = t.node.text.replace(/\s+/g, '');
  return CONFIGURED.test(value) || (first && /^['"`]\+?[\d@.\w:+-]+['"`]$/.test(t.node.text));
}
