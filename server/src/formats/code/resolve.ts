/**
 * Static reading of a prompt expression: literals (interpolations become {{placeholders}}), concatenation,
 * joins, constants in the module or imported, env vars with a default (or .env.example), files read with a
 * literal path, JSON/YAML config values. What cannot be known is returned as `unknown` with its reason.
 */
import { decodeJsonString } from '../../model/text';
import { findDeclaration, type Target } from './declarations';
import type { Node } from './parser';
import { ENV_EXAMPLES } from './project';
import type { CodeProject, Module } from './project-model';
import { callArgs, calleeText, entries, items, plainString, unwrap } from './syntax';
import { join } from '../../model/uri';

/** How a string literal is written, so a fix can insert text with the right escaping. */
export interface Literal {
  uri: string;
  /** Offsets of the literal's content (inside the quotes). */
  contentStart: number;
  contentEnd: number;
  quote: string;
  /** Python string prefix (f, r, b, u…), lower-cased. */
  prefix: string;
  python: boolean;
}

export interface Piece {
  text: string;
  uri: string;
  /** Source offset of each character (same length as text). */
  offsets: number[];
  literal?: Literal;
}

export type Resolved = { pieces: Piece[] } | { unknown: string };

const MAX_DEPTH = 8;
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');
const unknown = (why: string): Resolved => ({ unknown: why });
const placeholder = (expr: Node, uri: string): Piece => ({
  text: `{{${clip(expr.text).replace(/[{}]/g, '')}}}`,
  uri,
  offsets: new Array(clip(expr.text).replace(/[{}]/g, '').length + 4).fill(expr.startIndex),
});

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
      return { pieces: stringPieces(project, mod, n, depth) };
    case 'concatenated_string':
      return concat(n.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map((c) => again(mod, c)));
    case 'binary_expression':
    case 'binary_operator':
    case 'boolean_operator': {
      const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text;
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (op === '+') return concat([again(mod, left), again(mod, right)]);
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
      return fromTarget(project, findDeclaration(project, mod, n.text, n), n, depth);
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
  if ('module' in t) return unknown(`\`${n.text}\` (a module)`);
  return resolveText(project, t.mod, t.node, depth + 1);
}

function concat(parts: Resolved[]): Resolved {
  const pieces: Piece[] = [];
  for (const p of parts) {
    if ('unknown' in p) return p;
    pieces.push(...p.pieces);
  }
  return { pieces };
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  "'": "'",
  '\\': '\\',
  '`': '`',
  '0': '\0',
  $: '$',
  '{': '{',
};

function decodeEscape(e: string): string {
  if (/^\\u\{?[0-9a-f]+\}?$/i.test(e)) return String.fromCodePoint(parseInt(e.replace(/[\\u{}]/gi, ''), 16));
  if (/^\\x[0-9a-f]{2}$/i.test(e)) return String.fromCharCode(parseInt(e.slice(2), 16));
  if (/^\\\r?\n$/.test(e)) return '';
  return ESCAPES[e[1]] ?? e.slice(1);
}

/** Decoded text of a string literal with its offsets; interpolations resolved or turned into placeholders. */
function stringPieces(project: CodeProject, mod: Module, n: Node, depth: number): Piece[] {
  const head = /^([rbufRBUF]*)('''|"""|'|"|`)/.exec(n.text) ?? ['', '', n.text[0] ?? '"'];
  const prefix = head[1].toLowerCase();
  const raw = prefix.includes('r');
  const literal: Literal = {
    uri: mod.uri,
    contentStart: n.startIndex + head[0].length,
    contentEnd: n.endIndex - head[2].length,
    quote: head[2],
    prefix,
    python: mod.python,
  };
  const piece: Piece = { text: '', uri: mod.uri, offsets: [], literal };
  const out: Piece[] = [piece];
  let cur = piece;
  const addRaw = (from: number, to: number) => {
    cur.text += mod.text.slice(from, to);
    for (let i = from; i < to; i++) cur.offsets.push(i);
  };
  const addText = (text: string, at: number) => {
    cur.text += text;
    for (let i = 0; i < text.length; i++) cur.offsets.push(at);
  };
  const visit = (parent: Node, from: number, to: number) => {
    let pos = from;
    for (const c of parent.namedChildren) {
      if (!c || c.startIndex < from || c.endIndex > to) continue;
      if (c.type === 'escape_sequence') {
        addRaw(pos, c.startIndex);
        if (raw) addRaw(c.startIndex, c.endIndex);
        else addText(decodeEscape(c.text), c.startIndex);
        pos = c.endIndex;
      } else if (c.type === 'template_substitution' || c.type === 'interpolation') {
        addRaw(pos, c.startIndex);
        const expr = c.namedChildren.find(
          (x) => x && x.type !== 'comment' && x.type !== 'format_specifier' && x.type !== 'type_conversion',
        );
        const r =
          expr && /^(identifier|member_expression|attribute)$/.test(expr.type)
            ? resolveText(project, mod, expr, depth + 1)
            : undefined;
        if (r && 'pieces' in r) out.push(...r.pieces);
        else out.push(placeholder(expr ?? c, mod.uri));
        cur = { text: '', uri: mod.uri, offsets: [], literal };
        out.push(cur);
        pos = c.endIndex;
      } else if (c.type === 'string_content') {
        addRaw(pos, c.startIndex);
        visit(c, c.startIndex, c.endIndex);
        pos = c.endIndex;
      }
    }
    addRaw(pos, to);
  };
  visit(n, literal.contentStart, literal.contentEnd);
  return out.filter((p) => p.text.length > 0 || p === piece);
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
    const e = entries(base.node);
    const v = e?.get(key);
    if (v) return resolveText(project, base.mod, v, depth + 1);
  }
  return unknown(`\`${clip(n.text)}\` (read at run time)`);
}

type Value = Target | { module: Module } | { data: unknown; uri: string } | undefined;

/** What an object expression stands for: a literal, a module, or parsed JSON/YAML data. */
function valueOf(project: CodeProject, mod: Module, node: Node, depth: number): Value {
  const n = unwrap(node);
  if (!n || depth > MAX_DEPTH) return undefined;
  if (n.type === 'identifier') {
    const t = findDeclaration(project, mod, n.text, n);
    if (!t || 'module' in t) return t;
    if (t.node.type === 'object' || t.node.type === 'dictionary') return t;
    return valueOf(project, t.mod, t.node, depth + 1);
  }
  if (n.type === 'object' || n.type === 'dictionary') return { mod, node: n };
  if (
    n.type === 'member_expression' ||
    n.type === 'attribute' ||
    n.type === 'subscript' ||
    n.type === 'subscript_expression'
  ) {
    const inner = valueOf(project, mod, (n.childForFieldName('object') ?? n.childForFieldName('value'))!, depth + 1);
    const keyNode =
      n.childForFieldName('property') ??
      n.childForFieldName('attribute') ??
      n.childForFieldName('index') ??
      n.childForFieldName('subscript');
    const key = keyNode ? (plainString(keyNode) ?? keyNode.text) : '';
    if (inner && 'data' in inner)
      return { data: (inner.data as Record<string, unknown> | undefined)?.[key], uri: inner.uri };
    if (inner && 'node' in inner) {
      const v = entries(inner.node)?.get(key);
      return v ? (valueOf(project, inner.mod, v, depth + 1) ?? { mod: inner.mod, node: v }) : undefined;
    }
    return undefined;
  }
  const path = dataPath(n);
  if (path) {
    const uri = project.fileFor(mod, path);
    return uri && /\.(json|ya?ml)$/i.test(uri) ? { data: project.dataOf(uri), uri } : undefined;
  }
  return undefined;
}

/** The literal path of a `require('./x.json')`, `JSON.parse(fs.readFileSync(…))`, `json.load(open(…))`, `yaml.safe_load(…)`. */
function dataPath(n: Node): string | undefined {
  if (!/^(call|call_expression)$/.test(n.type)) return undefined;
  const strings = n
    .descendantsOfType(['string', 'string_fragment', 'string_content'])
    .map((s) => s?.text ?? '')
    .filter((s) => /\.(json|ya?ml)['"]?$/i.test(s));
  if (!/require|json|yaml|load|parse|read/i.test(calleeText(n)) || !strings.length) return undefined;
  return strings[0].replace(/^['"`]|['"`]$/g, '');
}

function dataText(project: CodeProject, uri: string, value: unknown): Resolved {
  if (typeof value !== 'string') return unknown(`a value in ${uri.slice(uri.lastIndexOf('/') + 1)} that is not a text`);
  const text = project.files.get(uri) ?? '';
  const json = JSON.stringify(value);
  const at = text.indexOf(json);
  if (at >= 0) {
    const m = decodeJsonString(uri, text, at, at + json.length);
    return { pieces: [{ text: m.text, uri, offsets: Array.from(m.text, (_, i) => m.toSource(i)) }] };
  }
  const first =
    value
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const start = Math.max(0, text.indexOf(first));
  return { pieces: [{ text: value, uri, offsets: Array.from(value, (_, i) => Math.min(start + i, text.length)) }] };
}

function envValue(project: CodeProject, name: string): Resolved {
  for (const f of ENV_EXAMPLES) {
    const uri = join(project.root, f);
    const text = project.files.get(uri);
    const m = text && new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=\\s*(.*)$`, 'm').exec(text);
    if (!m || !m[1].trim()) continue;
    const quoted = /^(['"])(.*)\1\s*$/.exec(m[1]);
    const value = (quoted ? quoted[2] : m[1].trim()).replace(/\\n/g, '\n');
    const start = m.index + m[0].length - m[1].length + (quoted ? 1 : 0);
    return { pieces: [{ text: value, uri, offsets: Array.from(value, (_, i) => start + i) }] };
  }
  return unknown(`environment variable ${name} (no default in the code, not in .env.example)`);
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
