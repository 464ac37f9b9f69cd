/**
 * Static reading of a prompt expression: literals (interpolations become {{placeholders}}), concatenation,
 * joins, constants in the module or imported, env vars with a default (or .env.example), files read with a
 * literal path, JSON/YAML config values. What cannot be known is returned as `unknown` with its reason.
 */
import { membersOf } from './classes';
import { exported, findDeclaration } from './declarations';
import type { Node } from './parser';
import { clip, MAX_DEPTH, placeholder, stringPieces, unknown, type Piece, type Resolved } from './pieces';
import type { CodeProject, Module } from './project-model';
import { callArgs, calleeText, entries, items, plainString, unwrap } from './syntax';
import { dataText, envValue, valueOf } from './values';

export type { Literal, Piece, Resolved } from './pieces';

/** Like resolveText, but what cannot be known becomes a {{placeholder}} (to read the literal parts of a user turn). */
export function resolveLenient(project: CodeProject, mod: Module, node: Node | null | undefined): { pieces: Piece[] } {
  const n = unwrap(node);
  if (!n) return { pieces: [] };
  if (n.type === 'binary_expression' || n.type === 'binary_operator') {
    const op = n.childForFieldName('operator')?.text;
    if (op === '+')
      return {
        pieces: [
          ...resolveLenient(project, mod, n.childForFieldName('left')).pieces,
          ...resolveLenient(project, mod, n.childForFieldName('right')).pieces,
        ],
      };
  }
  const r = resolveText(project, mod, n);
  return 'pieces' in r ? r : { pieces: [placeholder(n, mod.uri)] };
}

export function resolveText(project: CodeProject, mod: Module, node: Node | null | undefined, depth = 0): Resolved {
  const n = unwrap(node);
  if (!n) return unknown('no value');
  if (depth > MAX_DEPTH) return unknown(`\`${clip(n.text)}\` (too many indirections)`);
  const again = (m: Module, x: Node | null | undefined) => resolveText(project, m, x, depth + 1);
  switch (n.type) {
    case 'string':
    case 'template_string':
      return { pieces: stringPieces(mod, n, (expr) => resolveText(project, mod, expr, depth + 1)) };
    case 'concatenated_string':
      return concat(n.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map((c) => again(mod, c)));
    case 'binary_expression':
    case 'binary_operator':
    case 'boolean_operator': {
      const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text;
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      // A long `a + b + c …` chain is one expression, not a chain of indirections: its operands share a depth.
      if (op === '+') return concat(operands(n).map((o) => resolveText(project, mod, o, depth)));
      if (op === '||' || op === '??' || op === 'or') {
        const l = again(mod, left);
        return 'pieces' in l ? l : again(mod, right);
      }
      if (op === '%') return again(mod, left);
      return unknown(`\`${clip(n.text)}\``);
    }
    case 'ternary_expression':
    case 'conditional_expression': {
      const first = n.childForFieldName('consequence') ?? n.namedChildren[0];
      return again(mod, first);
    }
    case 'identifier':
    case 'shorthand_property_identifier':
      return fromTarget(project, findDeclaration(project, mod, n.text, n), n, depth);
    case 'object':
    case 'dictionary':
    case 'array':
    case 'list':
      return contentParts(project, mod, n, depth);
    case 'member_expression':
    case 'attribute':
    case 'subscript_expression':
    case 'subscript':
      return member(project, mod, n, depth);
    case 'call_expression':
    case 'call':
      return call(project, mod, n, depth);
    default:
      return unknown(`\`${clip(n.text)}\``);
  }
}

function fromTarget(project: CodeProject, t: ReturnType<typeof findDeclaration>, n: Node, depth: number): Resolved {
  if (!t) return unknown(`\`${n.text}\` (a parameter or a value set at run time)`);
  if ('module' in t) {
    // `const SYSTEM = require('./prompt')` / `import SYSTEM from './prompt'`: the module's exported value.
    const value = t.module.python ? undefined : exported(project, t.module, 'default');
    if (!value || 'module' in value) return unknown(`\`${n.text}\` (a module)`);
    return resolveText(project, value.mod, value.node, depth + 1);
  }
  return resolveText(project, t.mod, t.node, depth + 1);
}

/** The operands of a left-nested `+` chain, in order. */
function operands(n: Node): Node[] {
  const out: Node[] = [];
  let cur: Node | undefined = n;
  while (cur && /^binary_(?:expression|operator)$/.test(cur.type) && cur.childForFieldName('operator')?.text === '+') {
    const right = cur.childForFieldName('right');
    if (right) out.unshift(right);
    cur = unwrap(cur.childForFieldName('left'));
  }
  if (cur) out.unshift(cur);
  return out;
}

function concat(parts: Resolved[]): Resolved {
  const pieces: Piece[] = [];
  for (const p of parts) {
    if ('unknown' in p) return p;
    pieces.push(...p.pieces);
  }
  return { pieces };
}

const ENV_JS = /^process\.env(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])$/;
const ENV_PY = /^os\.environ\[\s*['"](\w+)['"]\s*\]$/;

function member(project: CodeProject, mod: Module, n: Node, depth: number): Resolved {
  const text = n.text.replace(/\s+/g, '');
  const env = ENV_JS.exec(text) ?? ENV_PY.exec(text);
  if (env) return envValue(project, env[1] ?? env[2]);
  const obj = n.childForFieldName('object') ?? n.childForFieldName('value');
  const keyNode =
    n.childForFieldName('property') ??
    n.childForFieldName('attribute') ??
    n.childForFieldName('index') ??
    n.childForFieldName('subscript');
  const key = keyNode
    ? (plainString(keyNode) ??
      (/^(property_identifier|identifier)$/.test(keyNode.type) &&
      n.type !== 'subscript' &&
      n.type !== 'subscript_expression'
        ? keyNode.text
        : undefined))
    : undefined;
  if (!obj || key === undefined) return unknown(`\`${clip(n.text)}\` (read at run time)`);
  const base = valueOf(project, mod, obj, depth);
  if (base && 'module' in base) {
    const t = findDeclaration(project, base.module, key);
    return t && !('module' in t) ? resolveText(project, t.mod, t.node, depth + 1) : unknown(`\`${clip(n.text)}\``);
  }
  if (base && 'data' in base)
    return dataText(project, base.uri, (base.data as Record<string, unknown> | undefined)?.[key]);
  if (base && 'node' in base) {
    const e = membersOf(base.node);
    const v = e?.get(key);
    if (v) return resolveText(project, base.mod, v, depth + 1);
  }
  return unknown(`\`${clip(n.text)}\` (read at run time)`);
}

function call(project: CodeProject, mod: Module, n: Node, depth: number): Resolved {
  const callee = calleeText(n);
  const args = callArgs(n);
  const fn = n.childForFieldName('function');
  const receiver = fn?.childForFieldName('object') ?? undefined;
  if (/^(?:os\.getenv|os\.environ\.get|getenv|config|env|os\.environ\.setdefault)$/.test(callee)) {
    const name = plainString(args.positional[0]);
    const def = args.positional[1] ?? args.named.get('default');
    if (def) return resolveText(project, mod, def, depth + 1);
    return name ? envValue(project, name) : unknown(`\`${clip(n.text)}\``);
  }
  if (/(?:readFileSync|readFile|read_text|\.read)$/.test(callee)) {
    const strings = n
      .descendantsOfType(['string'])
      .map((s) => plainString(s) ?? '')
      .filter((s) => s && !/^(utf-?8|r|rb|encoding)$/i.test(s));
    const rel = strings.join('/');
    const uri = rel ? (project.fileFor(mod, rel) ?? project.fileFor(mod, strings[strings.length - 1])) : undefined;
    if (!uri) return unknown(`the file read by \`${clip(n.text)}\` (not found in the project)`);
    const text = project.files.get(uri) ?? '';
    return { pieces: [{ text, uri, offsets: Array.from(text, (_, i) => i) }] };
  }
  if (/\.join$/.test(callee) && receiver) {
    const list = listOf(project, mod, mod.python ? args.positional[0] : receiver);
    const sep = mod.python
      ? resolveText(project, mod, receiver, depth + 1)
      : args.positional[0]
        ? resolveText(project, mod, args.positional[0], depth + 1)
        : { pieces: [{ text: ',', uri: mod.uri, offsets: [n.startIndex] }] };
    if (!list || 'unknown' in sep) return unknown(`\`${clip(n.text)}\``);
    // A prompt assembled from parts: a part computed at run time (a catalogue) becomes a {{placeholder}}.
    const parts = list.items.map((item) => resolveText(project, list.mod, item, depth + 1));
    if (parts.every((p) => 'unknown' in p)) return parts[0] ?? unknown(`\`${clip(n.text)}\` (an empty list)`);
    return concat(
      parts.flatMap((p, i) => [
        ...(i ? [sep] : []),
        'pieces' in p ? p : { pieces: [placeholder(list.items[i], list.mod.uri)] },
      ]),
    );
  }
  if (
    /\.(?:format|format_map|replace|replaceAll|trim|strip|lstrip|rstrip|trimStart|trimEnd|substitute|safe_substitute)$/.test(
      callee,
    ) &&
    receiver
  )
    return resolveText(project, mod, receiver, depth + 1);
  if (
    /(?:^|\.)(?:dedent|cleandoc|String\.raw|str|String|PromptTemplate\.from_template|PromptTemplate\.fromTemplate)$/.test(
      callee,
    ) &&
    args.positional[0]
  )
    return resolveText(project, mod, args.positional[0], depth + 1);
  if (/(?:^|\.|new)PromptTemplate$/.test(callee) && args.named.get('template'))
    return resolveText(project, mod, args.named.get('template'), depth + 1);
  const named = fn && fn.type === 'identifier' ? findDeclaration(project, mod, fn.text, n) : undefined;
  if (named && !('module' in named)) {
    const ret = returnedExpression(named.node);
    if (ret) return resolveText(project, named.mod, ret, depth + 1);
  }
  return unknown(`\`${clip(n.text)}\` (computed at run time)`);
}

/**
 * Message content written as parts: Gemini's `{ parts: [{ text }] }` (a REST `systemInstruction`), Anthropic's
 * `[{ type: 'text', text }]` system blocks, a `{ text }` part. Other objects and lists are not a text.
 */
function contentParts(project: CodeProject, mod: Module, n: Node, depth: number): Resolved {
  const e = entries(n);
  const parts = e ? (e.has('text') ? [n] : items(e.get('parts'))) : items(n);
  const texts = (parts ?? []).map((p) => entries(p)?.get('text') ?? (plainString(p) !== undefined ? p : undefined));
  if (!texts.length || texts.some((t) => !t)) return unknown(`\`${clip(n.text)}\``);
  const resolved = texts.map((t) => resolveText(project, mod, t, depth + 1));
  return concat(
    resolved.flatMap((r, i) => (i ? [{ pieces: [{ text: '\n', uri: mod.uri, offsets: [n.startIndex] }] }, r] : [r])),
  );
}

/** The items of a list literal, or of the list a name is declared with (`parts = [persona, rules]`). */
function listOf(project: CodeProject, mod: Module, node: Node | undefined): { mod: Module; items: Node[] } | undefined {
  let n = unwrap(node);
  let m = mod;
  for (let i = 0; n?.type === 'identifier' && i < 4; i++) {
    const t = findDeclaration(project, m, n.text, n);
    if (!t || 'module' in t) return undefined;
    m = t.mod;
    n = unwrap(t.node);
  }
  const list = items(n);
  return list ? { mod: m, items: list } : undefined;
}

/** The expression a small function returns (`(name) => \`…\``, `def build(): return f"…"`). */
function returnedExpression(fn: Node): Node | undefined {
  const f = /function|arrow|lambda/.test(fn.type) ? fn : undefined;
  if (!f) return undefined;
  const body = f.childForFieldName('body');
  if (!body) return undefined;
  if (body.type !== 'statement_block' && body.type !== 'block') return body;
  const ret = body.descendantsOfType('return_statement')[0];
  return ret?.namedChildren[0] ?? undefined;
}
