/**
 * Go and PHP shapes for the shared syntax accessors: Go struct and map literals (`T{Key: v}`), PHP arrays
 * (`['key' => $v]`), PHP calls (`$a->b()`, `A::b()`, `new A()`) and the string literals of both languages.
 */
import type { Node } from './parser';

/** PHP call nodes (Go calls are `call_expression`, like JavaScript). */
export const PHP_CALLS = new Set([
  'function_call_expression',
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
  'object_creation_expression',
]);
export const GO_PHP_STRINGS = [
  'interpreted_string_literal',
  'raw_string_literal',
  'encapsed_string',
  'heredoc',
  'nowdoc',
];
/** String parts that are text (the rest of a PHP string's named children are interpolated expressions). */
export const STRING_TEXT = new Set([
  'string_content',
  'escape_sequence',
  'interpreted_string_literal_content',
  'raw_string_literal_content',
  'nowdoc_string',
  'heredoc_start',
  'heredoc_end',
  'nowdoc_body',
  'heredoc_body',
]);

/** `->`, `?->`, `::` and `$` of a PHP callee, written the way the call patterns read (`client.chat().create`). */
export function phpCallee(call: Node): string {
  const args = call.childForFieldName('arguments');
  const head = args ? call.text.slice(0, args.startIndex - call.startIndex) : call.text;
  return head
    .replace(/\s+/g, '')
    .replace(/\?->|->|::/g, '.')
    .replace(/\$/g, '')
    .replace(/^new\\?/, 'new');
}

/** The node naming what a PHP call calls (its method or function name), for labels and ranges. */
export function phpCalleeNode(call: Node): Node | undefined {
  return call.childForFieldName('name') ?? call.childForFieldName('function') ?? undefined;
}

/** Go field names are exported (`Messages`, `SystemInstruction`): the JSON key they stand for (`messages`). */
const goKey = (k: string) => k[0].toLowerCase() + k.slice(1);

/**
 * Keys and values of a Go keyed literal or a PHP array with keys; undefined for other nodes and for lists.
 * `str` reads a string key.
 */
export function keyedEntries(n: Node, str: (k: Node) => string | undefined): Map<string, Node> | undefined {
  const body = n.type === 'composite_literal' ? n.childForFieldName('body') : n;
  if (body?.type === 'literal_value') {
    const out = new Map<string, Node>();
    for (const c of body.namedChildren) {
      if (c?.type !== 'keyed_element') continue;
      const k = c.childForFieldName('key') ?? c.namedChildren[0];
      const v = c.childForFieldName('value') ?? c.namedChildren[1];
      const key = k?.type === 'literal_element' ? k.namedChildren[0] : k;
      if (!key || !v) continue;
      const name = key.type === 'identifier' || key.type === 'field_identifier' ? goKey(key.text) : str(key);
      if (name !== undefined) out.set(name, v);
    }
    return out.size ? out : undefined;
  }
  if (n.type !== 'array_creation_expression') return undefined;
  const out = new Map<string, Node>();
  for (const c of n.namedChildren) {
    const parts = c?.type === 'array_element_initializer' ? c.namedChildren.filter((x) => x?.type !== 'comment') : [];
    if (parts.length !== 2 || !parts[0] || !parts[1]) continue;
    const key = str(parts[0]);
    if (key !== undefined) out.set(key, parts[1]);
  }
  return out.size ? out : undefined;
}

/** Items of a Go slice literal (`[]T{a, b}`) or a PHP list (`[a, b]`, `array(a, b)`); undefined for keyed ones. */
export function listItems(n: Node): Node[] | undefined {
  const body = n.type === 'composite_literal' ? n.childForFieldName('body') : n;
  if (body?.type === 'literal_value') {
    const els = body.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
    if (els.some((c) => c.type === 'keyed_element')) return undefined;
    return els.map((c) => (c.type === 'literal_element' ? (c.namedChildren[0] ?? c) : c));
  }
  if (n.type !== 'array_creation_expression') return undefined;
  const els = n.namedChildren.filter((c): c is Node => !!c && c.type === 'array_element_initializer');
  if (els.some((c) => c.namedChildren.filter((x) => x?.type !== 'comment').length !== 1)) return undefined;
  return els.map((c) => c.namedChildren.find((x) => x?.type !== 'comment')!);
}

/** A PHP argument: its name (`name: $v`) and value. */
export function phpArgument(a: Node): { name?: string; value: Node } | undefined {
  if (a.type !== 'argument') return undefined;
  const name = a.childForFieldName('name');
  const v = a.namedChildren.find((c) => c && c.type !== 'comment' && (!name || c.startIndex >= name.endIndex));
  return v ? { name: name?.text, value: v } : undefined;
}

/**
 * A Go chat role constant (`openai.ChatMessageRoleSystem`, `genai.RoleUser`, langchaingo's
 * `llms.ChatMessageTypeSystem`): the role it names.
 */
export function roleConstant(text: string): string | undefined {
  return /(?:Role|ChatMessageType)(System|Developer|User|Human|Assistant|AI|Model)$/.exec(text)?.[1];
}

/**
 * The value a Go or PHP declaration gives a name: `const X = v`, `var x = v`, `x, y := a, b`, `x = v` (Go),
 * `const X = v`, `private $x = v`, `define('X', v)` (PHP), or a Go `//go:embed file` comment above `var x string`.
 */
export function goPhpDeclValue(id: Node): Node | undefined {
  const p = id.parent;
  if (!p) return undefined;
  if (p.type === 'const_spec' || p.type === 'var_spec') {
    const names = p.namedChildren.filter(
      (c) => c?.type === 'identifier' && p.childForFieldName('value')?.equals(c) !== true,
    );
    const at = names.findIndex((c) => c?.equals(id));
    const value = p.childForFieldName('value');
    if (value) return value.type === 'expression_list' ? (value.namedChildren[at] ?? undefined) : value;
    const comment = p.parent?.previousNamedSibling ?? p.previousNamedSibling;
    return comment?.type === 'comment' && /^\/\/go:embed\s/.test(comment.text) ? comment : undefined;
  }
  if (p.type === 'expression_list' && /^(?:short_var_declaration|assignment_statement)$/.test(p.parent?.type ?? '')) {
    const decl = p.parent!;
    if (!decl.childForFieldName('left')?.equals(p)) return undefined;
    const at = p.namedChildren.findIndex((c) => c?.equals(id));
    const right = decl.childForFieldName('right');
    return right?.namedChildren.length === p.namedChildren.length
      ? (right.namedChildren[at] ?? undefined)
      : (right?.namedChildren[0] ?? undefined);
  }
  if (p.type === 'const_element') return p.namedChildren[1] ?? undefined;
  if (p.type === 'property_element') return p.childForFieldName('default_value') ?? undefined;
  return undefined;
}
