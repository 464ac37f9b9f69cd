/**
 * Static reading of a prompt expression: literals (interpolations become {{placeholders}}), concatenation,
 * joins, constants in the module or imported, env vars with a default (or .env.example), files read with a
 * literal path, JSON/YAML config values. What cannot be known is returned as `unknown` with its reason.
 */
import { membersOf } from './classes';
import { exported, findDeclaration } from './declarations';
import type { Node } from './parser';
import { clip, MAX_DEPTH, placeholder, stringPieces, unknown, type Piece, type Resolved, type Again } from './pieces';
import type { CodeProject, Module } from './project-model';
import { callArgs, calleeText, entries, isCall, items, plainString, unwrap } from './syntax';
import { dataText } from './dataText';
import { envValue, valueOf } from './values';
import { goEmbed, goPhpCall, goPhpMember } from './resolve-go-php';
import { goParameter, goReceiverField } from './go-fields';
import { phpParameter, phpSubscript } from './php-values';
import { joinedItems, mappedItem } from './lists';
import { moduleFunction, returnedExpressions } from './returns';
import { conditional, withEmptyDefault } from './condition';
import { scriptParameter } from './parameters';
import { readCall } from './read-files';
import { javaConfigProperty, javaInjected, javaResourceRead, javaSpecText, rubyHeredoc } from './java-ruby-values';

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
    case 'interpreted_string_literal':
    case 'raw_string_literal':
    case 'encapsed_string':
    case 'heredoc':
    case 'nowdoc':
    case 'string_literal':
      return { pieces: stringPieces(mod, n, (expr) => resolveText(project, mod, expr, depth + 1)) };
    case 'heredoc_beginning':
      return rubyHeredoc(mod, n, again);
    case 'concatenated_string':
      return concat(n.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map((c) => again(mod, c)));
    case 'binary_expression':
    case 'binary_operator':
    case 'binary':
    case 'boolean_operator': {
      const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text;
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      // A long `a + b + c …` chain is one expression, not a chain of indirections: its operands share a depth.
      if (op === '+' || op === '.') return concat(operands(n).map((o) => operand(project, mod, o, depth)));
      if (op === '||' || op === '??' || op === 'or') {
        const l = again(mod, left);
        return 'pieces' in l ? l : again(mod, right);
      }
      if (op === '%') return again(mod, left);
      return unknown(`\`${clip(n.text)}\``);
    }
    case 'ternary_expression':
    case 'conditional_expression':
    case 'conditional':
      return conditional(project, mod, n, again);
    case 'identifier':
    case 'shorthand_property_identifier':
    case 'variable_name':
    case 'constant':
    case 'instance_variable':
    case 'name': {
      const t = findDeclaration(project, mod, n.text, n);
      const param = t ? undefined : parameterValue(project, mod, n, again);
      return withEmptyDefault(t, n, param ?? fromTarget(project, t, n, depth), again);
    }
    case 'member_expression':
    case 'attribute':
    case 'subscript_expression':
    case 'subscript':
    case 'selector_expression':
    case 'member_access_expression':
    case 'nullsafe_member_access_expression':
    case 'class_constant_access_expression':
    case 'field_access':
    case 'scope_resolution':
    case 'element_reference':
      return (
        (mod.lang === 'go' ? goReceiverField(project, mod, n, again) : undefined) ??
        goPhpMember(project, mod, n, again) ??
        phpSubscript(project, mod, n, again) ??
        member(project, mod, n, depth)
      );
    case 'call_expression':
    case 'call':
    case 'function_call_expression':
    case 'member_call_expression':
    case 'scoped_call_expression':
    case 'method_invocation':
      return goPhpCall(project, mod, n, (m, x) => again(m, x)) ?? call(project, mod, n, depth);
    case 'comment':
      return goEmbed(project, mod, n);
    case 'lambda_expression':
      return javaSpecText(mod, n, again) ?? unknown(`\`${clip(n.text)}\` (computed at run time)`);
    default:
      return CONTENT_PARTS.test(n.type) ? contentParts(project, mod, n, depth) : unknown(`\`${clip(n.text)}\``);
  }
}

/** Lists and keyed literals: message content written as parts. */
const CONTENT_PARTS = /^(?:object|dictionary|array|list|composite_literal|array_creation_expression)$/;

/** Literal arguments only (or none): a library call such as `date('Y-m-d')` or `datetime.now()`. */
const INSTRUCTION_SOURCE = /prompt|instruction|system|persona|template|rules|policy|load|read|fetch|open|get_?text/i;
const CONSTANT_ARG = /^(?:string|encapsed_string|integer|float|number|true|false|null|none)$/;

/**
 * One operand of a concatenation. A call with constant arguments that the project does not define
 * (`'Current date: ' . date('Y-m-d')`) is a run-time value put into the text, as an interpolation is: a
 * {{placeholder}}, not a reason to give up on the whole prompt.
 */
function operand(project: CodeProject, mod: Module, o: Node, depth: number): Resolved {
  const r = resolveText(project, mod, o, depth);
  const n = unwrap(o);
  if (!('unknown' in r) || !n || !isCall(n) || !/\(computed at run time\)$/.test(r.unknown)) return r;
  // A call named for what it brings (`load_prompt('support')`, `getInstructions()`) may hold the instructions.
  if (INSTRUCTION_SOURCE.test(calleeText(n))) return r;
  const args = callArgs(n);
  const constant = [...args.positional, ...args.named.values()].every((a) => CONSTANT_ARG.test(unwrap(a)?.type ?? ''));
  return constant ? { pieces: [placeholder(n, mod.uri)] } : r;
}

/** A function's parameter: the argument the project's calls pass for it. */
function parameterValue(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  if (mod.lang === 'go') return goParameter(project, mod, n, again);
  if (mod.lang === 'java') return javaInjected(project, mod, n, again);
  if (mod.lang === 'php') return phpParameter(project, mod, n, again);
  return mod.lang === 'ruby' ? undefined : scriptParameter(project, mod, n, again);
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
  const plus = (x: Node) => /^[+.]$/.test(x.childForFieldName('operator')?.text ?? '');
  // Ruby's `a + b` is a `binary` node.
  while (cur && /^binary(?:_expression|_operator)?$/.test(cur.type) && plus(cur)) {
    const right = cur.childForFieldName('right');
    if (right) out.unshift(right);
    cur = unwrap(cur.childForFieldName('left'));
  }
  // Never the chain itself again (it would be read as its own operand without end).
  if (cur && !cur.equals(n)) out.unshift(cur);
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
const ENV_PHP = /^\$_(?:ENV|SERVER)\[\s*['"](\w+)['"]\s*\]$/;
const ENV_RB = /^ENV\[\s*['"](\w+)['"]\s*\]$/;

function member(project: CodeProject, mod: Module, n: Node, depth: number): Resolved {
  const text = n.text.replace(/\s+/g, '');
  const env = ENV_JS.exec(text) ?? ENV_PY.exec(text) ?? ENV_PHP.exec(text) ?? ENV_RB.exec(text);
  if (env) return envValue(project, env[1] ?? env[2]);
  const obj =
    n.childForFieldName('object') ??
    n.childForFieldName('value') ??
    n.childForFieldName('operand') ??
    n.childForFieldName('scope');
  const keyNode =
    (n.type === 'element_reference' ? (n.namedChildren[1] ?? undefined) : undefined) ??
    n.childForFieldName('field') ??
    n.childForFieldName('property') ??
    n.childForFieldName('attribute') ??
    n.childForFieldName('index') ??
    n.childForFieldName('subscript') ??
    n.childForFieldName('name');
  const key = keyNode
    ? (plainString(keyNode) ??
      (keyNode.type === 'field_identifier'
        ? keyNode.text[0].toLowerCase() + keyNode.text.slice(1)
        : /^(property_identifier|identifier|name|constant)$/.test(keyNode.type) &&
            n.type !== 'subscript' &&
            n.type !== 'subscript_expression' &&
            n.type !== 'element_reference'
          ? keyNode.text
          : keyNode.type === 'simple_symbol'
            ? keyNode.text.slice(1)
            : undefined))
    : undefined;
  if (!obj || key === undefined) return unknown(`\`${clip(n.text)}\` (read at run time)`);
  const base = valueOf(project, mod, obj, depth);
  if (base && 'module' in base) {
    // `persona.systemPrompt` where persona is `require('../config/persona')`: a declaration of the module or a
    // key of its `module.exports = { … }`.
    const t = base.module.python ? findDeclaration(project, base.module, key) : exported(project, base.module, key);
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

/** Environment (or config) reads whose second argument is the default: `os.getenv`, `env()`, a Go `getEnv(k, def)`. */
const ENV_CALL =
  /^(?:ENV\.fetch|System\.getenv|os\.getenv|os\.environ\.get|getenv|config|env|os\.environ\.setdefault|os\.Getenv|\w*[gG]et_?[eE]nv\w*|\w*[eE]nv_?[oO]r\w*)$/;

function call(project: CodeProject, mod: Module, n: Node, depth: number): Resolved {
  const callee = calleeText(n);
  const args = callArgs(n);
  const fn = n.childForFieldName('function');
  const receiver =
    fn?.childForFieldName('object') ?? n.childForFieldName('object') ?? n.childForFieldName('receiver') ?? undefined;
  // Java `String.format(S, …)`: the format string is the text.
  if (/^String\.format$/.test(callee) && args.positional[0])
    return resolveText(project, mod, args.positional[0], depth + 1);
  const resource =
    (receiver && /\.getContentAsString$/.test(callee) ? javaResourceRead(project, mod, receiver) : undefined) ??
    javaConfigProperty(project, mod, n);
  if (resource) return resource;
  if (ENV_CALL.test(callee)) {
    const name = plainString(args.positional[0]);
    const def = args.positional[1] ?? args.named.get('default');
    if (def) return resolveText(project, mod, def, depth + 1);
    return name ? envValue(project, name) : unknown(`\`${clip(n.text)}\``);
  }
  const read = readCall(project, mod, n, (m, x) => resolveText(project, m, x, depth + 1));
  if (read) return read;
  if (/\.join$/.test(callee) && receiver) {
    const list = joinedItems(project, mod, n, receiver);
    const sep = mod.python
      ? resolveText(project, mod, receiver, depth + 1)
      : args.positional[0]
        ? resolveText(project, mod, args.positional[0], depth + 1)
        : { pieces: [{ text: ',', uri: mod.uri, offsets: [n.startIndex] }] };
    if (!list || 'unknown' in sep) return unknown(`\`${clip(n.text)}\``);
    // A prompt assembled from parts: a part computed at run time (a catalogue) becomes a {{placeholder}}.
    const again = (m: Module, x: Node | null | undefined) => resolveText(project, m, x, depth + 1);
    const parts = list.items.map((item) =>
      list.maps.reduce((r, map) => mappedItem(map, r, again), again(list.mod, item)),
    );
    if (parts.every((p) => 'unknown' in p)) return parts[0] ?? unknown(`\`${clip(n.text)}\` (an empty list)`);
    return concat(
      parts.flatMap((p, i) => [
        ...(i ? [sep] : []),
        'pieces' in p ? p : { pieces: [placeholder(list.items[i], list.mod.uri)] },
      ]),
    );
  }
  if (
    /\.(?:format|format_map|formatted|replace|replaceAll|trim|strip|lstrip|rstrip|trimStart|trimEnd|substitute|safe_substitute|squish|strip_heredoc|to_s|freeze)$/.test(
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
  const named =
    fn && fn.type === 'identifier' ? findDeclaration(project, mod, fn.text, n) : moduleFunction(project, mod, fn);
  if (named && !('module' in named)) {
    const rets = returnedExpressions(named.node);
    // A getter with a fallback (`if p := os.Getenv("BOT_PROMPT"); p != "" { return p }; return defaultPrompt`):
    // when the variable is unset as shipped (no default, not in .env.example), the fallback returned after it is
    // the text the bot runs with.
    const first = rets[0] && resolveText(project, named.mod, rets[0], depth + 1);
    if (first && 'unknown' in first && /^environment variable /.test(first.unknown))
      for (const ret of rets.slice(1, 4)) {
        const r = resolveText(project, named.mod, ret, depth + 1);
        if ('pieces' in r) return r;
      }
    if (first) return first;
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
  // A part may be a call that makes one (Go `genai.Text(S)`).
  const texts = (parts ?? []).map(
    (p) =>
      entries(p)?.get('text') ?? (plainString(p) !== undefined || (isCall(p) && mod.lang === 'go') ? p : undefined),
  );
  if (!texts.length || texts.some((t) => !t)) return unknown(`\`${clip(n.text)}\``);
  const resolved = texts.map((t) => resolveText(project, mod, t, depth + 1));
  return concat(
    resolved.flatMap((r, i) => (i ? [{ pieces: [{ text: '\n', uri: mod.uri, offsets: [n.startIndex] }] }, r] : [r])),
  );
}
