/**
 * The truth of a condition for the values a project ships, in any of the code languages: a switch written as a
 * literal (`const HANDOFF = false`, `enabled: process.env.X === 'true' && false`), a configured text tested for
 * emptiness (`cfg.business.name ? … : …` where the YAML leaves `name: ""`), an environment flag compared with the
 * value `.env.example` gives it. Undefined when part of the test is only known at run time: the caller then keeps
 * its usual reading (the first branch of a `?:`, every branch of an `if`).
 */
import type { Node } from './parser';
import { MAX_DEPTH, type Again, type Resolved } from './pieces';
import { nodesAt, type CodeProject, type Module } from './project-model';
import { findDeclaration, type ModuleRef, type Target } from './declarations';
import { valueOf } from './values';
import { callArgs, calleeText, enclosingFunction, isCall, plainString, unwrap } from './syntax';

const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE|null|None|nil|NULL|undefined)$/;
const MEMBER = /^(?:member_expression|attribute|subscript|subscript_expression|selector_expression|element_reference)$/;
const NAME = /^(?:identifier|constant|variable_name)$/;
const LOGICAL = /^(?:binary_expression|boolean_operator|binary)$/;

/**
 * `a ? b : c` (the first branch: the value written for the common case), PHP `getenv('P') ?: 'default'`. A test
 * whose truth the shipped values decide (a switch written `false`, a configured text left empty, an environment
 * flag in `.env.example`) picks the branch they select, in every language, as an `if` does.
 */
export function conditional(project: CodeProject, mod: Module, n: Node, again: Again): Resolved {
  if (n.type === 'conditional_expression' && mod.lang === 'php' && !n.childForFieldName('body')) {
    const l = again(mod, n.childForFieldName('condition'));
    return 'pieces' in l ? l : again(mod, n.childForFieldName('alternative'));
  }
  if (mod.lang === 'php') {
    // PHP as before (session 16): a test of a configured value's emptiness picks the branch; an undecided test
    // leaves the whole expression unknown (the test itself is read), so neither branch is taken for the prompt.
    if (n.childForFieldName('alternative')) {
      const holds = conditionHolds(mod, n.childForFieldName('condition'), again);
      if (holds === false) return again(mod, n.childForFieldName('alternative'));
    }
    return again(mod, n.childForFieldName('consequence') ?? n.namedChildren[0]);
  }
  // Python `a if test else b` has no field names: its three operands in order.
  const python = mod.python && n.type === 'conditional_expression';
  const [first, test, other] = python
    ? [n.namedChildren[0], n.namedChildren[1], n.namedChildren[2]]
    : [n.childForFieldName('consequence'), n.childForFieldName('condition'), n.childForFieldName('alternative')];
  if (other && staticTruth(project, mod, test, again) === false) return again(mod, other);
  return again(mod, first ?? n.namedChildren[0]);
}

/** Whether `cond` holds for the shipped values; undefined when it cannot be known statically. */
export function staticTruth(
  project: CodeProject,
  mod: Module,
  cond: Node | null | undefined,
  again: Again,
  depth = 0,
): boolean | undefined {
  const n = unwrap(cond);
  if (!n || depth > MAX_DEPTH) return undefined;
  const next = (m: Module, x: Node | null | undefined) => staticTruth(project, m, x, again, depth + 1);
  if (n.namedChildCount === 0 && TRUE.test(n.text)) return true;
  if (n.namedChildCount === 0 && FALSE.test(n.text)) return false;
  if (/^(?:true|false|boolean)$/.test(n.type)) return TRUE.test(n.text) ? true : FALSE.test(n.text) ? false : undefined;
  if (/^(?:integer|number|float)$/.test(n.type)) return Number(n.text) !== 0;
  const str = plainString(n);
  if (str !== undefined) return str !== '';
  // `!x`, `not x`.
  if (
    (/^(?:unary_expression|unary_op_expression|unary)$/.test(n.type) &&
      /^(?:!|not)$/.test(n.children[0]?.text ?? '')) ||
    n.type === 'not_operator'
  ) {
    const inner = next(mod, n.childForFieldName('argument') ?? n.childForFieldName('operand') ?? n.namedChildren[0]);
    return inner === undefined ? undefined : !inner;
  }
  if (LOGICAL.test(n.type)) {
    const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text ?? '';
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (/^(?:&&|and)$/.test(op)) {
      const [l, r] = [next(mod, left), next(mod, right)];
      return l === false || r === false ? false : l && r ? true : undefined;
    }
    if (/^(?:\|\||or)$/.test(op)) {
      const [l, r] = [next(mod, left), next(mod, right)];
      return l === true || r === true ? true : l === false && r === false ? false : undefined;
    }
    if (/^(?:===|==|!==|!=|<>)$/.test(op)) {
      const same = equalTexts(project, mod, left, right, again);
      return same === undefined ? undefined : /^(?:===|==)$/.test(op) ? same : !same;
    }
    return undefined;
  }
  if (n.type === 'comparison_operator') {
    // Python `a == b`: two operands and one operator.
    const [left, right] = n.namedChildren;
    const op = n.children.find((c) => c && !c.isNamed)?.text ?? '';
    if (!left || !right || n.namedChildCount !== 2 || !/^(?:==|!=)$/.test(op)) return undefined;
    const same = equalTexts(project, mod, left, right, again);
    return same === undefined ? undefined : op === '==' ? same : !same;
  }
  if (isCall(n) && /^(?:empty|len|strlen|count)$/.test(calleeText(n))) {
    const f = filled(mod, callArgs(n).positional[0], again, depth + 1);
    return f === undefined ? undefined : calleeText(n) === 'empty' ? !f : f;
  }
  if (NAME.test(n.type)) {
    const t = findDeclaration(project, mod, n.text, n);
    // A name given more than a literal (a function, a class, a module) is not a switch.
    if (!t || 'module' in t || /function|class|method|lambda|arrow/.test(t.node.type)) return undefined;
    // A name assigned again elsewhere in its scope is not a constant.
    if (t.node.parent && reassigned(mod, n.text, t.node)) return undefined;
    return next(t.mod, t.node);
  }
  if (MEMBER.test(n.type)) {
    const v = valueOf(project, mod, n, depth + 1);
    if (v && 'data' in v) return truthy(v.data);
    if (v && 'node' in v && !('module' in v)) return next(v.mod, v.node);
    return filled(mod, n, again, depth + 1);
  }
  return undefined;
}

/** Truth of a parsed JSON/YAML/TOML value. */
function truthy(v: unknown): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() !== '' && !/^(?:false|0)$/i.test(v.trim());
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return v !== null;
}

/** The whole text a value ships with; undefined when part of it is only known at run time (a `{{slot}}`). */
function shippedText(mod: Module, n: Node, again: Again): string | undefined {
  const r = again(mod, n);
  if (!('pieces' in r) || r.pieces.some((p) => /^\{\{.*\}\}$/.test(p.text))) return undefined;
  return r.pieces.map((p) => p.text).join('');
}

/** Whether a value is a non-empty text as shipped; undefined when part of it is only known at run time. */
function filled(mod: Module, n: Node | undefined, again: Again, depth = 0): boolean | undefined {
  if (!n || depth > MAX_DEPTH) return undefined;
  const text = shippedText(mod, n, again);
  return text === undefined ? undefined : text.trim() !== '';
}

/** Two operands that resolve to whole texts (no run-time part): whether they are the same text. */
function equalTexts(
  project: CodeProject,
  mod: Module,
  left: Node | null,
  right: Node | null,
  again: Again,
): boolean | undefined {
  if (!left || !right) return undefined;
  const text = (x: Node) => plainString(x) ?? shippedText(mod, x, again);
  const [l, r] = [text(left), text(right)];
  return l === undefined || r === undefined ? undefined : l === r;
}

/** An assignment to `name` (`name =`, not `==` or `=>`), not to a member of it or of something else. */
function assignmentTo(name: string): RegExp {
  return new RegExp(`(?<![\\w.$>])${name.replace(/[$]/g, '\\$')}\\s*=(?![=>])`, 'g');
}

/** The name is assigned once more in the module after its declaration (a flag turned on at run time). */
function reassigned(mod: Module, name: string, value: Node): boolean {
  const decl = value.parent!;
  for (const m of mod.text.matchAll(assignmentTo(name)))
    if (m.index < decl.startIndex || m.index >= decl.endIndex) return true;
  return false;
}

const ASSIGNMENTS = /^(?:assignment_statement|assignment_expression|assignment|short_var_declaration)$/;

/**
 * A value read at run time and then given a default when it is empty (`sys := os.Getenv("SYSTEM_PROMPT"); if sys ==
 * "" { sys = defaultPrompt }`, `if not prompt: prompt = DEFAULT`, `if (!system) system = FALLBACK`): the default,
 * the text the bot runs with when nobody configures it. Only an assignment to the same name in the declaration's
 * scope, under an `if` that tests that name for emptiness.
 */
export function withEmptyDefault(t: Target | ModuleRef | undefined, n: Node, r: Resolved, again: Again): Resolved {
  return 'unknown' in r && t && !('module' in t) ? (emptyDefault(t.mod, n.text, t.node, again) ?? r) : r;
}

function emptyDefault(mod: Module, name: string, decl: Node, again: Again): Resolved | undefined {
  const scope = enclosingFunction(decl) ?? mod.tree.rootNode;
  const statement = decl.parent ?? decl;
  const esc = name.replace(/[$]/g, '\\$');
  const re = assignmentTo(name);
  const empty = new RegExp(
    `^(?:!${esc}|not${esc}|${esc}(?:===?|==)(?:""|''|null|nil|None|undefined)|${esc}isNone|len\\(${esc}\\)==0|${esc}\\.length===?0|empty\\(${esc}\\)|${esc}\\.(?:isEmpty|isBlank)\\(\\)|${esc}\\.(?:empty|blank|nil)\\?)$`,
  );
  for (const { node, index } of nodesAt(mod, re)) {
    if (index < scope.startIndex || index >= scope.endIndex) continue;
    if (index >= statement.startIndex && index < statement.endIndex) continue;
    let a: Node | null = node;
    for (let i = 0; a && !ASSIGNMENTS.test(a.type) && i < 4; i++) a = a.parent;
    if (!a || !ASSIGNMENTS.test(a.type)) continue;
    const left = a.childForFieldName('left');
    if (left?.text.replace(/\s+/g, '') !== name) continue;
    let right = a.childForFieldName('right');
    if (right?.type === 'expression_list') right = right.namedChildren[0];
    const guard = guardingIf(a, scope);
    const test = guard
      ?.childForFieldName('condition')
      ?.text.replace(/\s+/g, '')
      .replace(/^\((.*)\)$/, '$1');
    if (!right || !test || !empty.test(test)) continue;
    const r = again(mod, right);
    if ('pieces' in r) return r;
  }
  return undefined;
}

/** The innermost `if` around an assignment, within the scope. */
function guardingIf(n: Node, scope: Node): Node | undefined {
  for (let p = n.parent; p && !p.equals(scope); p = p.parent)
    if (p.type === 'if_statement' || p.type === 'if') return p;
  return undefined;
}

/**
 * The truth of a PHP test of a configured value's emptiness (`$x !== ''`, `$x == ""`, `!empty($x)`, `empty($x)`,
 * `$x`, `!$x`), when the value resolves to a literal with no run-time part; undefined otherwise.
 */
export function conditionHolds(mod: Module, cond: Node | null, again: Again): boolean | undefined {
  const n = unwrap(cond);
  if (!n) return undefined;
  if (n.type === 'parenthesized_expression') return conditionHolds(mod, n.namedChildren[0], again);
  if (n.type === 'unary_op_expression' && n.children[0]?.text === '!') {
    const inner = conditionHolds(mod, n.namedChildren[0], again);
    return inner === undefined ? undefined : !inner;
  }
  if (n.type === 'function_call_expression' && calleeText(n) === 'empty') {
    const e = filled(mod, callArgs(n).positional[0], again);
    return e === undefined ? undefined : !e;
  }
  if (n.type === 'binary_expression') {
    const op = n.childForFieldName('operator')?.text ?? '';
    const [l, r] = [n.childForFieldName('left'), n.childForFieldName('right')];
    const other = plainString(r) === '' ? l : plainString(l) === '' ? r : undefined;
    if (!other || !/^(?:!==|!=|===|==|<>)$/.test(op)) return undefined;
    const f = filled(mod, other, again);
    return f === undefined ? undefined : /^(?:!==|!=|<>)$/.test(op) ? f : !f;
  }
  if (/^(?:variable_name|subscript_expression|member_access_expression)$/.test(n.type)) return filled(mod, n, again);
  return undefined;
}
