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

const BRANCH = /\b(?:el)?if\b/g;
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
    const branch = node.type === 'if_statement' || node.type === 'elif_clause' ? node : node.parent;
    if (!branch || !/^(if_statement|elif_clause)$/.test(branch.type)) continue;
    const condition = branch.childForFieldName('condition');
    const body = branch.childForFieldName('consequence');
    if (!condition || !body) continue;
    // The send is checked first (few branches send to a fixed number), the keywords after.
    const send = body
      .descendantsOfType(['call_expression', 'call'])
      .find((c): c is Node => !!c && isSend(c) && toStaff(declared, c));
    if (send && asksForPerson(project, mod, condition, declared)) return { mod, condition, send };
  }
  return undefined;
}

/** The condition's literals (and those of the lists or regexes it names) hold a word asking for a person. */
type Declared = (name: string, near: Node) => ReturnType<typeof findDeclaration>;

function asksForPerson(project: CodeProject, mod: Module, condition: Node, declared: Declared): boolean {
  const texts: string[] = [];
  const collect = (n: Node, m: Module, depth: number) => {
    for (const lit of n.descendantsOfType(['string', 'regex', 'template_string'])) if (lit) texts.push(lit.text);
    if (depth > 1) return;
    for (const id of n.descendantsOfType(['identifier'])) {
      if (!id || !/^[A-Za-z_$][\w$]*$/.test(id.text)) continue;
      const t = m === mod ? declared(id.text, id) : findDeclaration(project, m, id.text, id);
      // Only constants written as literals (a list, a set, a regex), not values computed from the message.
      if (
        t &&
        !('module' in t) &&
        !enclosingFunction(t.node) &&
        /array|list|set|regex|tuple|call|new/.test(t.node.type)
      )
        collect(t.node, t.mod, depth + 1);
    }
  };
  collect(condition, mod, 0);
  return texts.some((t) => CODE_DATA.personWords.test(t));
}

function isSend(call: Node): boolean {
  const name = /([\w$]+)$/.exec(calleeText(call))?.[1] ?? '';
  return /\.messages\.(?:create|send)$/.test(calleeText(call)) || CODE_DATA.sendVerb.test(name);
}

/** The send goes to a number the project configures (a module constant, env, settings), not to the sender. */
function toStaff(declared: Declared, call: Node): boolean {
  const args = callArgs(call);
  const recipient = RECIPIENT_KEYS.map((k) => args.named.get(k)).find(Boolean) ?? args.positional[0];
  const r = unwrap(recipient);
  if (!r) return false;
  const text = r.text.replace(/\s+/g, '');
  if (CONFIGURED.test(text)) return true;
  if (r.type !== 'identifier') return false;
  const t = declared(r.text, r);
  if (!t || 'module' in t || enclosingFunction(t.node)) return false;
  return CONFIGURED.test(t.node.text.replace(/\s+/g, '')) || /^['"`]\+?[\d@.\w:+-]+['"`]$/.test(t.node.text);
}
