/**
 * Whether a handoff found in the source is code that runs: not words in a comment ("TODO: connect Chatwoot
 * when the inbox is ready"), not inside a top-level function that nothing in the project calls or passes
 * (a stub `derivarARecepcion()` written but never used), and not inside a function that only logs and returns
 * (`@Tool requestHuman(reason) { log.info(…); return "ok"; }`: the bot keeps answering).
 */
import type { Node } from './parser';
import { escapeRegex, type CodeProject, type Module } from './project-model';
import { enclosingFunction, FUNCTION_TYPES, functionNames } from './syntax';

/** Declarations of a named function at the top of a module (methods and decorated routes are left out). */
const TOP_FUNCTIONS = /^(?:function_declaration|function_definition|generator_function_declaration)$/;
const MODULE_PARENTS = /^(?:program|module|source_file|export_statement|php_tag|compound_statement)$/;

/** A handoff match at `index` of a module is code that can run. */
export function handoffReached(project: CodeProject, mod: Module, index: number, length: number): boolean {
  const node = mod.tree.rootNode.descendantForIndex(index, index + Math.max(1, length) - 1);
  if (!node) return true;
  if (/comment/.test(node.type)) return false;
  const inner = enclosingFunction(node);
  if (inner && onlyLogs(inner)) return false;
  // A tool named in a schema (`"name": "transfer_to_human"`) or called (`send(transfer_to_human(r))`), whose function
  // is such a stub: the name the match ends in.
  const word = wordAt(mod.text, index + Math.max(1, length) - 1);
  if (word && stubNamed(project, word)) return false;
  const fn = outermostFunction(node);
  if (!fn || !TOP_FUNCTIONS.test(fn.type) || !MODULE_PARENTS.test(fn.parent?.type ?? 'program')) return true;
  const names = functionNames(fn);
  return !names.length || names.some((name) => usedElsewhere(project, mod, fn, name));
}

function outermostFunction(node: Node): Node | undefined {
  let fn = enclosingFunction(node);
  for (let up = fn && enclosingFunction(fn); up; up = enclosingFunction(up)) fn = up;
  return fn;
}

/** The identifier around an offset of the text. */
function wordAt(text: string, at: number): string | undefined {
  let start = at;
  let end = at;
  while (start > 0 && /[\w$]/.test(text[start - 1])) start--;
  while (end < text.length && /[\w$]/.test(text[end])) end++;
  return end > start && /^[A-Za-z_$]/.test(text[start]) ? text.slice(start, end) : undefined;
}

/** The project declares functions of this name, and each of them only logs. */
function stubNamed(project: CodeProject, name: string): boolean {
  const known = STUBS.get(project) ?? STUBS.set(project, new Map()).get(project)!;
  let answer = known.get(name);
  if (answer === undefined) known.set(name, (answer = declaresOnlyStubs(project, name)));
  return answer;
}

/** Each project's answers by name: a project with many handoff matches ending in one name scans its modules once. */
const STUBS = new WeakMap<CodeProject, Map<string, boolean>>();

function declaresOnlyStubs(project: CodeProject, name: string): boolean {
  let found = false;
  for (const m of project.modules.values()) {
    if (!m.text.includes(name)) continue;
    for (const x of m.text.matchAll(new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g'))) {
      const node = m.tree.rootNode.descendantForIndex(x.index ?? 0);
      const fn = node?.parent;
      if (!fn || !FUNCTION_TYPES.has(fn.type) || fn.childForFieldName('name')?.text !== name) continue;
      if (!onlyLogs(fn)) return false;
      found = true;
    }
  }
  return found;
}

/** Statement kinds that do nothing (a docstring, `pass`, an empty statement). */
const INERT =
  /^(?:comment|line_comment|block_comment|pass_statement|empty_statement|string|expression_statement_string)$/;
/** A logging or printing call at the start of a statement (`log.info(`, `console.log(`, `logger.warning(`, `print(`). */
const LOG_CALL =
  /^(?:await\s+)?(?:(?:this|self|\$this)(?:\.|->))?(?:console|log|logger|logging|LOG|LOGGER|Log|Logger|System\.(?:out|err)|fmt|slog|Rails\.logger)\s*(?:\.|->|::)\s*\w+\s*\(|^(?:print|println|printf|puts|error_log|var_dump|echo)\b/;

/**
 * The body of a function only logs, returns a value that calls nothing, or is empty: a stub that hands nothing over.
 * A function without a block body (an arrow returning an expression) is judged by that expression.
 */
function onlyLogs(fn: Node): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  if (!/block|statement|body/.test(body.type)) return false;
  let statements = body.namedChildren.filter((s): s is Node => !!s);
  // Go and Ruby wrap a block's statements once more.
  if (statements.length === 1 && /^(?:statement_list|body_statement)$/.test(statements[0].type))
    statements = statements[0].namedChildren.filter((s): s is Node => !!s);
  return statements.every((s) => inertStatement(s));
}

function inertStatement(s: Node): boolean {
  if (INERT.test(s.type)) return true;
  if (/^return(?:_statement)?$/.test(s.type)) return !s.descendantsOfType(CALLS).some(Boolean);
  const expr = s.type === 'expression_statement' ? (s.namedChildren[0] ?? undefined) : s;
  if (!expr) return true;
  if (expr.type === 'string') return true;
  return LOG_CALL.test(expr.text);
}

const CALLS = [
  'call_expression',
  'call',
  'method_invocation',
  'function_call_expression',
  'member_call_expression',
  'scoped_call_expression',
  'object_creation_expression',
  'new_expression',
  'await_expression',
  'await',
];

/** Per project: how often each identifier occurs in its modules (built once, for every handoff match). */
const NAME_COUNTS = new WeakMap<CodeProject, Map<string, number>>();
const IDENT = /[\p{L}_$][\p{L}\p{N}_$]*/gu;

function nameCounts(project: CodeProject): Map<string, number> {
  let counts = NAME_COUNTS.get(project);
  if (counts) return counts;
  counts = new Map();
  for (const m of project.modules.values()) countNames(m.text, counts);
  NAME_COUNTS.set(project, counts);
  return counts;
}

function countNames(text: string, counts: Map<string, number>): void {
  IDENT.lastIndex = 0;
  for (let x = IDENT.exec(text); x; x = IDENT.exec(text)) counts.set(x[0], (counts.get(x[0]) ?? 0) + 1);
}

/** The name appears in the project outside the function's own declaration (a call, a reference, a route string). */
function usedElsewhere(project: CodeProject, mod: Module, fn: Node, name: string): boolean {
  const total = nameCounts(project).get(name) ?? 0;
  const own = new Map<string, number>();
  countNames(mod.text.slice(fn.startIndex, fn.endIndex), own);
  return total > (own.get(name) ?? 0);
}
