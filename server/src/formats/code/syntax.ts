/** Small accessors over tree-sitter nodes that read JavaScript/TypeScript, Python, Go and PHP alike. */
import { GO_PHP_STRINGS, keyedEntries, listItems, PHP_CALLS, phpArgument, phpCallee, roleConstant } from './go-php';
import {
  chainSteps,
  isRubyCall,
  JAVA_CALLS,
  JAVA_RUBY_STRINGS,
  javaListItems,
  javaMapOf,
  javaRubyCallee,
} from './java-ruby';
import type { Node } from './parser';

const WRAPPERS = new Set([
  'parenthesized_expression',
  'await_expression',
  'await',
  'as_expression',
  'satisfies_expression',
  'non_null_expression',
  'type_assertion',
  'literal_element',
  'argument',
  'expression_list',
]);
export const FUNCTION_TYPES = new Set([
  'function_declaration',
  'function_expression',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'function',
  'function_definition',
  'lambda',
  'method_declaration',
  'func_literal',
  'anonymous_function',
  'anonymous_function_creation_expression',
  'constructor_declaration',
  'lambda_expression',
  'method',
  'singleton_method',
]);
const STRING_TYPES = new Set([
  'string',
  'template_string',
  'concatenated_string',
  ...GO_PHP_STRINGS,
  ...JAVA_RUBY_STRINGS,
]);

export function unwrap(node: Node | null | undefined): Node | undefined {
  let n = node ?? undefined;
  while (n && (WRAPPERS.has(n.type) || isReference(n)))
    n = n.namedChildren.find((c) => c && c.type !== 'comment' && !/type/.test(c.type)) ?? undefined;
  return n;
}

/** Go `&T{…}` / `*p`: the value itself. */
function isReference(n: Node): boolean {
  return n.type === 'unary_expression' && /^[&*]$/.test(n.childForFieldName('operator')?.text ?? '');
}

export const isCall = (n: Node) =>
  n.type === 'call_expression' ||
  n.type === 'new_expression' ||
  n.type === 'call' ||
  PHP_CALLS.has(n.type) ||
  JAVA_CALLS.has(n.type);
export const isString = (n: Node) => STRING_TYPES.has(n.type);

/** `openai.chat.completions.create`, `new Agent`: the callee without spaces, `?.` or `!`. */
export function calleeText(call: Node): string {
  const javaRuby = javaRubyCallee(call);
  if (javaRuby !== undefined) return javaRuby;
  if (PHP_CALLS.has(call.type)) return phpCallee(call);
  const f = call.childForFieldName('function') ?? call.childForFieldName('constructor');
  const text = (f?.text ?? '').replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!/g, '');
  return call.type === 'new_expression' ? `new${text}` : text;
}

export interface Args {
  positional: Node[];
  named: Map<string, Node>;
}

/** Positional arguments and named ones (Python keywords, or keys of JS object arguments). */
export function callArgs(call: Node): Args {
  const list = call.childForFieldName('arguments');
  const positional: Node[] = [];
  const named = new Map<string, Node>();
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    const php = phpArgument(a);
    if (php?.name) {
      named.set(php.name, php.value);
      continue;
    }
    if (a.type === 'keyword_argument' || (a.type === 'pair' && isRubyCall(call))) {
      // Python `f(system=S)`, Ruby `f(system: S)` (its key is `system:` or `"system" =>`).
      const key = a.childForFieldName('key');
      const k = a.childForFieldName('name')?.text ?? (key && (plainString(key) ?? key.text.replace(/^:|:$/g, '')));
      const v = a.childForFieldName('value');
      if (k && v) named.set(k, v);
      continue;
    }
    if (a.type === 'dictionary_splat') {
      for (const [k, v] of entries(a.namedChildren[0]) ?? []) named.set(k, v);
      continue;
    }
    positional.push(a);
    const obj = unwrap(a);
    if (obj && /^(?:object|composite_literal|array_creation_expression)$/.test(obj.type))
      for (const [k, v] of entries(obj) ?? []) if (!named.has(k)) named.set(k, v);
  }
  // A Java builder chain's steps (`.system(S).user(t)`) are named arguments of the call that ends it.
  if (call.type === 'method_invocation') for (const [k, v] of chainSteps(call)) if (!named.has(k)) named.set(k, v);
  return { positional, named };
}

/** Keys of an object or dict literal, or the keywords of a call used as a value (`types.Config(system_instruction=…)`). */
export function entries(node: Node | null | undefined): Map<string, Node> | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  const str = (k: Node) => (isString(k) ? plainString(k) : undefined);
  const keyed = keyedEntries(n, str) ?? javaMapOf(n, str);
  if (keyed) return keyed;
  if (n.type === 'call' || n.type === 'call_expression' || n.type === 'new_expression' || JAVA_CALLS.has(n.type)) {
    const named = callArgs(n).named;
    return named.size ? named : undefined;
  }
  if (n.type !== 'object' && n.type !== 'dictionary' && n.type !== 'hash') return undefined;
  const out = new Map<string, Node>();
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'shorthand_property_identifier') out.set(c.text, c);
    else if (c.type === 'pair') {
      const k = c.childForFieldName('key');
      const v = c.childForFieldName('value');
      // Ruby keys: `role:` (hash_key_symbol), `:role =>` (simple_symbol), `"role" =>`.
      const key = k ? (isString(k) ? plainString(k) : k.text.replace(/^:/, '')) : undefined;
      if (key !== undefined && v) out.set(key, v);
    }
  }
  return out;
}

export function items(node: Node | null | undefined): Node[] | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'binary_expression' || n.type === 'binary_operator' || n.type === 'binary') {
    // `[system] + history` (Python) or `[system].concat(history)`: the literal list's items (the rest is run time).
    if (n.childForFieldName('operator')?.text !== '+') return undefined;
    const l = items(n.childForFieldName('left'));
    const r = items(n.childForFieldName('right'));
    return l || r ? [...(l ?? []), ...(r ?? [])] : undefined;
  }
  if (n.type === 'call_expression' && /\.concat$/.test(calleeText(n)))
    return items(n.childForFieldName('function')?.childForFieldName('object'));
  if (n.type === 'call_expression' && calleeText(n) === 'append') {
    // Go `append([]T{system}, history...)`: the literal items, then those appended one by one (a spread is run time).
    const [first, ...rest] = callArgs(n).positional;
    const l = items(first);
    const more = rest.filter((a) => a.type !== 'variadic_argument');
    return l || more.length ? [...(l ?? []), ...more] : undefined;
  }
  if (n.type === 'function_call_expression' && calleeText(n) === 'array_merge') {
    // PHP `array_merge([$system], $history)`: the literal lists' items, in order (a variable is run time).
    const lists = callArgs(n).positional.map((a) => items(a));
    return lists.some(Boolean) ? lists.flatMap((l) => l ?? []) : undefined;
  }
  const goPhp = listItems(n) ?? javaListItems(n);
  if (goPhp) return goPhp;
  if (n.type !== 'array' && n.type !== 'list' && n.type !== 'tuple') return undefined;
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** The content of a string literal without interpolations, for keys and roles. */
export function plainString(node: Node | null | undefined): string | undefined {
  const n = unwrap(node);
  if (!n || !isString(n) || n.type === 'concatenated_string') return undefined;
  if (n.namedChildren.some((c) => c?.type === 'template_substitution' || c?.type === 'interpolation')) return undefined;
  if (n.type === 'encapsed_string' && n.namedChildren.some((c) => c && !/string_content|escape_sequence/.test(c.type)))
    return undefined;
  if (n.type === 'heredoc' || n.type === 'nowdoc') return n.childForFieldName('value')?.text;
  return n.text.replace(/^[rbuRBUfF]*('''|"""|'|"|`)/, '').replace(/('''|"""|'|"|`)$/, '');
}

export type Role = 'system' | 'user' | 'assistant';

function normRole(r: string | undefined): Role | undefined {
  if (!r) return undefined;
  const s = r.toLowerCase();
  if (s === 'system' || s === 'developer') return 'system';
  if (s === 'user' || s === 'human') return 'user';
  if (s === 'assistant' || s === 'ai' || s === 'model' || s === 'bot') return 'assistant';
  return undefined;
}

/** Role and content of a chat message item: `{role, content}`, `("system", S)`, `SystemMessage(S)`. */
export function roleItem(item: Node): { role: Role; content?: Node } | undefined {
  const n = unwrap(item);
  if (!n) return undefined;
  if (isCall(n)) {
    const callee = calleeText(n).replace(/^new/, '');
    const m = /(System|Human|User|AI|Assistant)Message(?:PromptTemplate)?(?:\.(?:from_template|fromTemplate))?$/.exec(
      callee,
    );
    if (m) {
      const args = callArgs(n);
      return { role: normRole(m[1] === 'AI' ? 'ai' : m[1])!, content: args.named.get('content') ?? args.positional[0] };
    }
    // langchaingo `llms.TextParts(llms.ChatMessageTypeSystem, S)`.
    if (/(?:^|\.)TextParts$/.test(callee)) {
      const [r, content] = callArgs(n).positional;
      const role = normRole(roleConstant(r?.text ?? ''));
      return role ? { role, content } : undefined;
    }
  }
  const pair = items(n);
  if (pair && pair.length === 2) {
    const role = normRole(plainString(pair[0]));
    return role ? { role, content: pair[1] } : undefined;
  }
  const e = entries(n);
  if (!e) return undefined;
  const r = e.get('role');
  const role = normRole(plainString(r) ?? plainString(e.get('type')) ?? roleConstant(r?.text ?? ''));
  if (!role) return undefined;
  return { role, content: e.get('content') ?? e.get('parts') ?? e.get('text') };
}

export function enclosingFunction(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (FUNCTION_TYPES.has(p.type)) return p;
  return undefined;
}

/** Names a function can be called by: its own name, the variable, key or property it is assigned to. */
export function functionNames(fn: Node): string[] {
  const own = fn.childForFieldName('name')?.text;
  if (own) return [own];
  let p = fn.parent;
  if (!p) return [];
  if (p.type === 'expression_list' && p.parent) {
    // Go `handle := func(…) {…}`: the name at the same place on the left.
    const at = p.namedChildren.findIndex((c) => c?.equals(fn));
    const left = p.parent.childForFieldName('left')?.namedChildren[at];
    if (left?.type === 'identifier' && !p.equals(p.parent.childForFieldName('left')!)) return [left.text];
    p = p.parent;
  }
  if (p.type === 'variable_declarator' || p.type === 'pair' || p.type === 'assignment') {
    const k = p.childForFieldName('name') ?? p.childForFieldName('key') ?? p.childForFieldName('left');
    if (k?.type === 'identifier' || k?.type === 'property_identifier') return [k.text];
  }
  if (p.type === 'assignment_expression') {
    const left = p.childForFieldName('left');
    const prop = left?.childForFieldName('property');
    return [prop?.text ?? left?.text ?? ''].filter(Boolean);
  }
  return [];
}

/** The statement directly under the module that holds a node. */
export function topStatement(node: Node): Node {
  let n = node;
  while (n.parent && !/^(?:program|module|source_file)$/.test(n.parent.type)) n = n.parent;
  return n;
}

/** Names a top-level statement declares (`const a = …`, `export const a`, `a = …`, `class A`). */
export function declaredNames(stmt: Node): string[] {
  const out: string[] = [];
  const visit = (n: Node, depth: number) => {
    if (depth > 3) return;
    if (n.type === 'variable_declarator' || n.type === 'const_spec' || n.type === 'var_spec') {
      const name = n.childForFieldName('name');
      if (name?.type === 'identifier') out.push(name.text);
      return;
    }
    if (n.type === 'assignment' || n.type === 'assignment_expression') {
      const left = n.childForFieldName('left');
      if (left?.type === 'identifier') out.push(left.text);
      else if (left)
        out.push(left.childForFieldName('property')?.text ?? left.childForFieldName('attribute')?.text ?? '');
      return;
    }
    if (
      n.type === 'class_declaration' ||
      n.type === 'class_definition' ||
      n.type === 'function_declaration' ||
      n.type === 'function_definition' ||
      n.type === 'method_declaration'
    ) {
      const name = n.childForFieldName('name')?.text;
      if (name) out.push(name);
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c, depth + 1);
  };
  visit(stmt, 0);
  return out.filter(Boolean);
}

/** The innermost call around an offset whose callee matches. */
export function callAround(node: Node): Node | undefined {
  for (let p: Node | null = node; p; p = p.parent) if (isCall(p)) return p;
  return undefined;
}
