/**
 * Whether a handoff found in the source is code that runs: not words in a comment ("TODO: connect Chatwoot
 * when the inbox is ready"), not inside a top-level function that nothing in the project calls or passes
 * (a stub `derivarARecepcion()` written but never used), and not inside a function that only logs and returns
 * (`@Tool requestHuman(reason) { log.info(…); return "ok"; }`: the bot keeps answering).
 */
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { guardedOff, underFlagOff } from './flag-off';
import { callArgs, enclosingFunction, FUNCTION_TYPES, functionNames, plainString, topStatement } from './syntax';

/** Declarations of a named function at the top of a module (methods and decorated routes are left out). */
const TOP_FUNCTIONS = /^(?:function_declaration|function_definition|generator_function_declaration)$/;
const MODULE_PARENTS = /^(?:program|module|source_file|export_statement|php_tag|compound_statement)$/;

/** A handoff match at `index` of a module is code that can run. */
export function handoffReached(project: CodeProject, mod: Module, index: number, length: number): boolean {
  const node = mod.tree.rootNode.descendantForIndex(index, index + Math.max(1, length) - 1);
  if (!node) return true;
  if (/comment/.test(node.type)) return false;
  // Code after a statement that always leaves its block (`writeReply(w, r); return` and then the AGENT check).
  if (afterExit(node)) return false;
  // A handoff name inside prose (a prompt literal telling the model to "call escalate_to_human") is no tool.
  if (inProse(node)) return false;
  const inner = enclosingFunction(node);
  if (inner && onlyLogs(inner, project)) return false;
  // A tool definition (`tool({ name: 'escalate_to_human', execute: async (a) => { await notify(a); } })`) whose
  // functions only log or only call such stubs.
  if (stubToolObject(node, project) || stubToolReference(node, mod, project)) return false;
  // Code under a switch that is off unless someone turns it on (`HANDOFF_ENABLED = os.getenv(…, "false") == "true"`).
  if (underFlagOff(project, mod, node)) return false;
  // A tool named in a schema (`"name": "transfer_to_human"`) or called (`send(transfer_to_human(r))`), whose function
  // is such a stub: the name the match ends in.
  const word = wordAt(mod.text, index + Math.max(1, length) - 1);
  if (word && stubNamed(project, word)) return false;
  // A function (or method) whose every call never runs: after a `return`, or under a switch that is off.
  if (callersDead(project, mod, node)) return false;
  const fn = outermostFunction(node);
  if (!fn || !TOP_FUNCTIONS.test(fn.type) || !MODULE_PARENTS.test(fn.parent?.type ?? 'program')) return true;
  const names = functionNames(fn);
  return !names.length || names.some((name) => usedElsewhere(project, mod, fn, name));
}

/** Statements after which the rest of their block never runs. */
const EXIT =
  /^(?:return_statement|return|throw_statement|raise_statement|break_statement|break|continue_statement|continue|next)$/;
/** Blocks whose statements run one after another (not the module: a script's top level is left alone). */
const SEQUENCE =
  /^(?:statement_block|block|statement_list|body_statement|compound_statement|then|else|do_block|switch_case|switch_default|expression_case|default_case|case_statement|default_statement|switch_block_statement_group|constructor_body)$/;

/** The node follows, in its block or an enclosing block of its function, a statement that always leaves. */
export function afterExit(node: Node): boolean {
  for (let p: Node | null = node; p && !FUNCTION_TYPES.has(p.type); p = p.parent) {
    if (!p.parent || !SEQUENCE.test(p.parent.type)) continue;
    for (let s = p.previousNamedSibling; s; s = s.previousNamedSibling) if (EXIT.test(s.type)) return true;
  }
  return false;
}

const within = (outer: Node, inner: Node) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;

/**
 * The function around the node is used (outside its own body, its declaration, imports and exports) and every
 * use is code that never runs: after a statement that leaves, under a switch that is off, or inside a function
 * whose own uses are all such (two levels). A function used nowhere is left to the other checks.
 */
function callersDead(project: CodeProject, mod: Module, node: Node, depth = 0): boolean {
  const fn = enclosingFunction(node);
  if (!fn) return false;
  const names = functionNames(fn).filter((n) => n.length > 2);
  let uses = 0;
  for (const name of names) {
    const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g');
    for (const m of project.modules.values()) {
      if (!m.text.includes(name)) continue;
      for (const { node: use } of nodesAt(m, re)) {
        if (m === mod && within(fn, use)) continue;
        if (/comment/.test(use.type) || (fn.parent && use.parent?.equals(fn.parent))) continue;
        if (/import|export/.test(use.parent?.type ?? '') || /import|export/.test(topStatement(use).type)) continue;
        uses++;
        const dead =
          afterExit(use) || underFlagOff(project, m, use) || (depth < 2 && callersDead(project, m, use, depth + 1));
        if (!dead) return false;
      }
    }
  }
  return uses > 0;
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
export function stubNamed(project: CodeProject, name: string): boolean {
  const known = STUBS.get(project) ?? STUBS.set(project, new Map()).get(project)!;
  let answer = known.get(name);
  if (answer === undefined) known.set(name, (answer = declaresOnlyStubs(project, name)));
  return answer;
}

/** Each project's answers by name: a project with many handoff matches ending in one name scans its modules once. */
const STUBS = new WeakMap<CodeProject, Map<string, boolean>>();

function declaresOnlyStubs(project: CodeProject, name: string, depth = 0): boolean {
  let found = false;
  for (const m of project.modules.values()) {
    if (!m.text.includes(name)) continue;
    for (const x of m.text.matchAll(new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g'))) {
      const node = m.tree.rootNode.descendantForIndex(x.index ?? 0);
      const fn = node?.parent;
      if (!fn || !FUNCTION_TYPES.has(fn.type) || fn.childForFieldName('name')?.text !== name) continue;
      if (!onlyLogs(fn, project, depth) && !guardedOff(project, m, fn)) return false;
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
function onlyLogs(fn: Node, project?: CodeProject, depth = 0): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  // An arrow whose body is one expression: a log, or a call of a stub.
  if (/^(?:call_expression|await_expression|call|await)$/.test(body.type)) return inertExpression(body, project, depth);
  if (!/block|statement|body/.test(body.type)) return false;
  let statements = body.namedChildren.filter((s): s is Node => !!s);
  // Go and Ruby wrap a block's statements once more.
  if (statements.length === 1 && /^(?:statement_list|body_statement)$/.test(statements[0].type))
    statements = statements[0].namedChildren.filter((s): s is Node => !!s);
  const params = parameterNames(fn);
  return statements.every((s) => inertStatement(s, project, depth) || replyToUser(s, params));
}

/** The names of a function's parameters (`(waId, send)`, `def f(self, chat_id)`, `func f(to string)`). */
function parameterNames(fn: Node): Set<string> {
  const list = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  const names = new Set<string>();
  if (!list) return names;
  if (list.type === 'identifier') return names.add(list.text);
  for (const p of list.namedChildren) {
    const id = p?.type === 'identifier' ? p : (p?.childForFieldName('name') ?? p?.childForFieldName('pattern'));
    if (id && /^[A-Za-z_$][\w$]*$/.test(id.text)) names.add(id.text);
  }
  return names;
}

/**
 * A statement that only sends a fixed text back to the person the function was called for: a call (maybe awaited)
 * whose first argument is a parameter of the function (the user's chat id) and whose other arguments are plain
 * literals (`await send(waId, 'An adviser will write to you soon')`). It tells the user something and reaches no one
 * else: a message to staff names a staff recipient, or carries the user's details in its text.
 */
/** A recipient named as staff (`agentPhone`, `adminChat`, `ownerJid`): a message to them is a handoff. */
const STAFF_NAME = /agent|staff|admin|owner|manager|operator|team|support|human|group|desk|duty|oncall/i;

function replyToUser(s: Node, params: Set<string>): boolean {
  if (!params.size) return false;
  let expr: Node | null | undefined = s.type === 'expression_statement' ? s.namedChildren[0] : s;
  if (expr && /^await/.test(expr.type)) expr = expr.namedChildren[0];
  if (!expr || !/^(?:call_expression|call)$/.test(expr.type)) return false;
  const args = callArgs(expr);
  const [to, ...rest] = args.positional;
  return (
    !!to &&
    to.type === 'identifier' &&
    params.has(to.text) &&
    !STAFF_NAME.test(to.text) &&
    rest.length > 0 &&
    args.named.size === 0 &&
    rest.every((a) => plainString(a) !== undefined)
  );
}

function inertStatement(s: Node, project?: CodeProject, depth = 0): boolean {
  if (INERT.test(s.type)) return true;
  if (/^return(?:_statement)?$/.test(s.type)) return !s.descendantsOfType(CALLS).some(Boolean);
  const expr = s.type === 'expression_statement' ? (s.namedChildren[0] ?? undefined) : s;
  if (!expr) return true;
  if (expr.type === 'string') return true;
  return inertExpression(expr, project, depth);
}

/** A log call, or a call (maybe awaited) of a project function whose every declaration is itself a stub. */
function inertExpression(expr: Node, project?: CodeProject, depth = 0): boolean {
  if (LOG_CALL.test(expr.text)) return true;
  if (!project || depth >= 2) return false;
  const call = /^await/.test(expr.type) ? expr.namedChildren[0] : expr;
  if (!call || !/^(?:call_expression|call)$/.test(call.type)) return false;
  const callee = call.childForFieldName('function');
  const name = callee?.text.match(/^(?:(?:this|self)\.)?([A-Za-z_$][\w$]*)$/)?.[1];
  return !!name && declaresOnlyStubs(project, name, depth + 1);
}

/** A string literal holding prose (words and spaces around the match), not a bare name. */
function inProse(node: Node): boolean {
  for (let p: Node | null = node; p && p.type !== 'program' && p.type !== 'module'; p = p.parent) {
    if (
      /^(?:string|template_string|string_literal|interpreted_string_literal|raw_string_literal|encapsed_string|heredoc|text_block)$/.test(
        p.type,
      )
    )
      return /\s\S+\s\S+\s/.test(p.text);
    if (FUNCTION_TYPES.has(p.type) || /statement|declaration|definition/.test(p.type)) return false;
  }
  return false;
}

/**
 * The match names a tool in an object or call's arguments that also holds the tool's functions
 * (`execute`, `func`, `handler`), and each of them is a stub.
 */
function stubToolObject(node: Node, project: CodeProject): boolean {
  let holder: Node | null = node.parent;
  for (let i = 0; holder && i < 4 && !/^(?:object|dictionary|arguments|argument_list)$/.test(holder.type); i++)
    holder = holder.parent;
  if (!holder || !/^(?:object|dictionary|arguments|argument_list)$/.test(holder.type)) return false;
  const fns: Node[] = [];
  for (const child of holder.namedChildren) {
    const value =
      child?.type === 'pair'
        ? child.childForFieldName('value')
        : child?.type === 'keyword_argument'
          ? child.childForFieldName('value')
          : child;
    if (value && FUNCTION_TYPES.has(value.type)) fns.push(value);
  }
  return fns.length > 0 && fns.every((fn) => onlyLogs(fn, project));
}

/**
 * The match is the key under which a tool is given to the model (`tools: { transfer_to_agent: handOver }`) and the
 * value names a tool defined in the module as a stub (`const handOver = tool({ execute: async () => log(…) })`).
 */
function stubToolReference(node: Node, mod: Module, project: CodeProject): boolean {
  const pair = node.parent;
  if (!pair || !/^(?:pair|keyword_argument)$/.test(pair.type)) return false;
  const value = pair.childForFieldName('value');
  if (!value || value.type !== 'identifier' || pair.childForFieldName('key')?.startIndex !== node.startIndex)
    return false;
  const decl = new RegExp(`(?<![\\w.$])${escapeRegex(value.text)}\\s*(?::[^=\\n]{0,40})?=(?![=>])\\s*`).exec(mod.text);
  if (!decl) return false;
  const at = mod.tree.rootNode.descendantForIndex(decl.index + decl[0].length);
  const obj = at?.parent?.descendantsOfType(['object', 'dictionary'])[0];
  const name = obj?.namedChildren.find((c) => c?.type === 'pair' || c?.type === 'keyword_argument');
  return !!name && stubToolObject(name, project);
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
