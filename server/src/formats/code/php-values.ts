/**
 * PHP values that travel through arrays, included files and parameters: `$cfg['system']` where
 * `$cfg = require __DIR__ . '/config.php'` (the array that file returns), an array literal or a nested key
 * (`$cfg['openai']['system']`), and a function's parameter, given where the project calls the function
 * (`chat_completion($cfg, $history)`).
 */
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { firstResolved, type Again, type Resolved } from './pieces';
import { phpCalleeNode } from './go-php';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { callArgs, calleeText, callAround, entries, plainString, unwrap } from './syntax';

type At = { mod: Module; node: Node };

const FUNCS = /^(?:function_definition|method_declaration|anonymous_function|arrow_function)$/;
const INCLUDES = /^(?:require|require_once|include|include_once)_expression$/;
const MAX_SITES = 20;
const MAX_HOPS = 6;

/** `$a['k']` (and `$a['k']['j']`) in PHP: the value under the key of the array `$a` stands for. */
export function phpSubscript(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  if (mod.lang !== 'php' || n.type !== 'subscript_expression') return undefined;
  const v = phpKeyed(project, mod, n, 0);
  return v ? again(v.mod, v.node) : undefined;
}

/** A PHP parameter of the enclosing function: the first argument the project passes at its call sites. */
export function phpParameter(project: CodeProject, mod: Module, id: Node, again: Again): Resolved | undefined {
  return firstResolved(parameterArguments(project, mod, id), again);
}

/** The array literal (or a value in it) an expression stands for, following variables, includes and parameters. */
function phpKeyed(project: CodeProject, mod: Module, node: Node, hops: number): At | undefined {
  const n = unwrap(node);
  if (!n || hops > MAX_HOPS) return undefined;
  if (n.type === 'subscript_expression') {
    const [base, index] = n.namedChildren;
    const key = plainString(index);
    const arr = base && key !== undefined ? phpKeyed(project, mod, base, hops + 1) : undefined;
    const v = arr && entries(arr.node)?.get(key!);
    return v ? { mod: arr.mod, node: v } : undefined;
  }
  if (n.type === 'array_creation_expression') return { mod, node: n };
  if (INCLUDES.test(n.type)) return includedReturn(project, mod, n);
  if (n.type === 'parenthesized_expression' && n.namedChildren[0])
    return phpKeyed(project, mod, n.namedChildren[0], hops + 1);
  if (n.type !== 'variable_name') return undefined;
  const t = findDeclaration(project, mod, n.text, n);
  if (t && !('module' in t)) return phpKeyed(project, t.mod, t.node, hops + 1);
  for (const c of parameterArguments(project, mod, n)) {
    const v = phpKeyed(project, c.mod, c.node, hops + 1);
    if (v) return v;
  }
  return undefined;
}

/** `require __DIR__ . '/config.php'`: the array the included file returns. */
function includedReturn(project: CodeProject, mod: Module, n: Node): At | undefined {
  const rel = n
    .descendantsOfType(['string', 'encapsed_string'])
    .map((s) => (s ? (plainString(s) ?? '') : ''))
    .join('')
    .replace(/^\//, '');
  const uri = rel ? project.fileFor(mod, rel) : undefined;
  const m = uri ? project.modules.get(uri) : undefined;
  const ret = m?.tree.rootNode.namedChildren.find((c) => c?.type === 'return_statement')?.namedChildren[0];
  return m && ret ? { mod: m, node: ret } : undefined;
}

/** Arguments passed for a parameter of the function around `id`, at the project's calls of that function. */
function parameterArguments(project: CodeProject, mod: Module, id: Node): At[] {
  let fn: Node | null = id.parent;
  while (fn && !FUNCS.test(fn.type)) fn = fn.parent;
  const name = fn?.childForFieldName('name')?.text;
  const params = (fn?.childForFieldName('parameters')?.namedChildren ?? []).filter(
    (p): p is Node => !!p && /parameter$/.test(p.type),
  );
  const at = params.findIndex((p) => p.childForFieldName('name')?.text === id.text);
  if (!fn || !name || at < 0) return [];
  const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}\\s*\\(`, 'g');
  // `calleeText` writes `->` and `::` as dots (`Claude.ask`, `gemini.chat`).
  const own = new RegExp(`(?:^|\\.|\\\\)${escapeRegex(name)}$`);
  const out: At[] = [];
  for (const m of project.modules.values()) {
    if (m.lang !== 'php' || !m.text.includes(name)) continue;
    for (const { node } of nodesAt(m, re)) {
      const call = callAround(node);
      if (!call || call.equals(fn) || !own.test(calleeText(call))) continue;
      const arg = callArgs(call).positional[at];
      if (arg && out.length < MAX_SITES) out.push({ mod: m, node: arg });
    }
  }
  return out;
}

const PHP_FUNC_DEF = /^(?:method_declaration|function_definition)$/;
/** Definitions looked at per call (a method name defined in many classes is not followed). */
const MAX_DEFS = 3;

/**
 * What a project function or method a PHP call calls returns: `Prompt::build($cfg)` (the class's static method),
 * `$this->systemPrompt()` (the own class's), `$persona->text()` or `build_prompt()` (the project's only definitions
 * of that name). Each `return` of its own body is tried in order; the first one that resolves is the text.
 */
export function phpReturned(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  if (
    mod.lang !== 'php' ||
    !/^(?:scoped_call_expression|member_call_expression|function_call_expression)$/.test(n.type)
  )
    return undefined;
  const name = phpCalleeNode(n)?.text.replace(/^.*\\/, '');
  if (!name || !/^\w+$/.test(name)) return undefined;
  const scope = n.childForFieldName('scope')?.text.replace(/^.*\\/, '');
  const object = n.childForFieldName('object')?.text;
  let mods: Module[];
  if (scope && !/^(?:self|static|parent)$/.test(scope)) mods = phpClassModules(project, scope);
  else if (scope || object === '$this') mods = [mod];
  else mods = [...project.modules.values()].filter((m) => m.lang === 'php');
  const re = new RegExp(`\\bfunction\\s+&?${escapeRegex(name)}\\s*\\(`, 'g');
  const defs: At[] = [];
  for (const m of mods) {
    if (!m.text.includes(name)) continue;
    for (const { node } of nodesAt(m, re)) {
      let fn: Node | null = node;
      while (fn && !PHP_FUNC_DEF.test(fn.type)) fn = fn.parent;
      if (fn?.childForFieldName('name')?.text !== name) continue;
      // A name defined in many places (`get`, `handle`) says nothing about which one runs.
      if (defs.length === MAX_DEFS) return undefined;
      defs.push({ mod: m, node: fn });
    }
  }
  if (!defs.length) return undefined;
  const returns = defs.flatMap((d) => ownReturns(d.node).map((node) => ({ mod: d.mod, node })));
  const r = firstResolved(returns, again);
  return r && 'pieces' in r ? r : undefined;
}

/** PHP modules that declare a class, an interface, an enum or a trait of that name. */
export function phpClassModules(project: CodeProject, cls: string): Module[] {
  const re = new RegExp(`\\b(?:class|interface|enum|trait)\\s+${escapeRegex(cls)}\\b`);
  return [...project.modules.values()].filter((m) => m.lang === 'php' && re.test(m.text));
}

/** The expressions `return`ed by a PHP function's own body (not by closures nested in it). */
function ownReturns(fn: Node): Node[] {
  const body = fn.childForFieldName('body');
  const out: Node[] = [];
  const visit = (x: Node) => {
    for (const c of x.namedChildren) {
      if (!c || FUNCS.test(c.type)) continue;
      if (c.type === 'return_statement') {
        if (c.namedChildren[0]) out.push(c.namedChildren[0]);
      } else visit(c);
    }
  };
  if (body) visit(body);
  return out;
}
