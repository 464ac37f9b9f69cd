/**
 * Kotlin values read with the light scanner: string constants (`val` / `const val`, in any file of the project,
 * looked up by name), expression-bodied or returning functions (`fun system(pro: Boolean) = if (pro) A + B else A`),
 * `+` joins, templates and `if … else` (each branch is a variant of the prompt: both are read, one after the other).
 * A value it cannot follow is unknown, never guessed.
 */
import { expressionEnd, matching, splitTop, type KtFile } from './kotlin-scan';
import type { Piece } from './pieces';

export type KtResolved = { pieces: Piece[] } | { unknown: string };
/** A parameter's argument at the call being followed (one hop from a function to its callers). */
export type KtBindings = Map<string, { file: KtFile; start: number; end: number }>;

const MAX_DEPTH = 8;
const TRIM_CALLS = /(?:\s*\.\s*(?:trimIndent|trimMargin|trim|trimStart|trimEnd)\s*\(\s*\))+\s*$/;
const NAME_PATH = /^(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)$/;
const CALL = /^(?:[A-Za-z_]\w*\s*(?:\?\.|\.)\s*)*([A-Za-z_]\w*)\s*\($/;

export interface KtFunction {
  file: KtFile;
  name: string;
  params: string[];
  /** The spans of what it returns: its `= expr` body, or each `return expr` of its block. */
  returns: { start: number; end: number }[];
  body: { start: number; end: number };
}

/** The project's Kotlin declarations, read once per project. */
export class KtProject {
  readonly constants = new Map<string, { file: KtFile; start: number; end: number }[]>();
  readonly functions = new Map<string, KtFunction[]>();

  constructor(readonly files: KtFile[]) {
    for (const f of files) {
      for (const m of f.code.matchAll(/\b(?:val|var)\s+([A-Za-z_]\w*)\s*(?::\s*String\??\s*)?=\s*/g)) {
        const start = m.index + m[0].length;
        push(this.constants, m[1], { file: f, start, end: expressionEnd(f.code, start) });
      }
      for (const m of f.code.matchAll(/\bfun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?([A-Za-z_]\w*)\s*\(/g)) {
        const open = m.index + m[0].length - 1;
        const close = matching(f.code, open);
        const params = splitTop(f.code, open + 1, close, ',')
          .map((p) => /^\s*(?:vararg\s+)?([A-Za-z_]\w*)\s*:/.exec(f.code.slice(p.start, p.end))?.[1] ?? '')
          .filter(Boolean);
        const after = /^\s*(?::\s*[\w.<>?, ]+?)?\s*([={])/.exec(f.code.slice(close + 1, close + 200));
        if (!after) continue;
        const at = close + 1 + after[0].length - 1;
        if (after[1] === '=') {
          const end = expressionEnd(f.code, at + 1);
          push(this.functions, m[1], {
            file: f,
            name: m[1],
            params,
            returns: [{ start: at + 1, end }],
            body: { start: at + 1, end },
          });
        } else {
          const end = matching(f.code, at);
          const returns = [...f.code.slice(at, end).matchAll(/\breturn\s+/g)].map((r) => {
            const start = at + r.index + r[0].length;
            return { start, end: expressionEnd(f.code, start) };
          });
          push(this.functions, m[1], { file: f, name: m[1], params, returns, body: { start: at, end } });
        }
      }
    }
  }

  /** The innermost function whose body holds an offset of a file. */
  enclosing(file: KtFile, offset: number): KtFunction | undefined {
    let best: KtFunction | undefined;
    for (const fns of this.functions.values())
      for (const fn of fns)
        if (fn.file === file && fn.body.start <= offset && offset < fn.body.end)
          if (!best || fn.body.start > best.body.start) best = fn;
    return best;
  }

  resolve(file: KtFile, start: number, end: number, bindings: KtBindings = new Map(), depth = 0): KtResolved {
    if (depth > MAX_DEPTH) return { unknown: 'a value nested too deeply to follow' };
    const span = trimSpan(file.code, start, end);
    let expr = file.code.slice(span.start, span.end);
    const trim = TRIM_CALLS.exec(expr);
    if (trim) {
      span.end -= trim[0].length;
      expr = expr.slice(0, expr.length - trim[0].length);
    }
    if (!expr) return { unknown: 'an empty value' };
    if (/^\(/.test(expr) && matching(file.code, span.start) === span.end - 1)
      return this.resolve(file, span.start + 1, span.end - 1, bindings, depth + 1);
    const branches = ifBranches(file.code, span.start, span.end);
    if (branches) return this.join(file, branches, bindings, depth, '\n\n');
    const terms = splitTop(file.code, span.start, span.end, '+');
    if (terms.length > 1) return this.join(file, terms, bindings, depth, '');
    const lit = file.strings.get(span.start);
    if (lit && lit.end === span.end) return { pieces: this.literal(file, lit, bindings, depth) };
    const bound = NAME_PATH.test(expr) && !expr.includes('.') ? bindings.get(expr) : undefined;
    if (bound) return this.resolve(bound.file, bound.start, bound.end, new Map(), depth + 1);
    const name = NAME_PATH.exec(expr)?.[1];
    if (name) return this.constant(name, depth);
    const open = expr.endsWith(')') ? opening(expr, expr.length - 1) : -1;
    const call = open > 0 ? CALL.exec(expr.slice(0, open + 1)) : null;
    if (call) return this.callValue(call[1], depth);
    return { unknown: `the value \`${expr.slice(0, 60)}\`, which the Kotlin reader does not follow` };
  }

  private join(
    file: KtFile,
    spans: { start: number; end: number }[],
    bindings: KtBindings,
    depth: number,
    sep: string,
  ): KtResolved {
    const pieces: Piece[] = [];
    for (const s of spans) {
      const r = this.resolve(file, s.start, s.end, bindings, depth + 1);
      if ('unknown' in r) return r;
      if (sep && pieces.length) pieces.push(synthetic(file.uri, sep, pieces[pieces.length - 1]));
      pieces.push(...r.pieces);
    }
    return { pieces };
  }

  private literal(
    file: KtFile,
    lit: { parts: ({ text: string; offsets: number[] } | { expr: string })[]; start: number },
    bindings: KtBindings,
    depth: number,
  ): Piece[] {
    const pieces: Piece[] = [];
    for (const p of lit.parts) {
      if ('text' in p) {
        pieces.push({ text: p.text, uri: file.uri, offsets: p.offsets });
        continue;
      }
      const name = NAME_PATH.exec(p.expr.trim())?.[1];
      const value = name && !p.expr.includes('(') ? this.constant(name, depth + 1) : undefined;
      if (value && 'pieces' in value) pieces.push(...value.pieces);
      else pieces.push(synthetic(file.uri, `{{${p.expr.trim().slice(0, 40)}}}`, pieces[pieces.length - 1], lit.start));
    }
    void bindings;
    return pieces;
  }

  private constant(name: string, depth: number): KtResolved {
    const defs = this.constants.get(name);
    if (!defs?.length) return { unknown: `\`${name}\`, which is not a constant of the project` };
    const d = defs[0];
    return this.resolve(d.file, d.start, d.end, new Map(), depth + 1);
  }

  private callValue(name: string, depth: number): KtResolved {
    const fn = this.functions.get(name)?.find((f) => f.returns.length);
    if (!fn) return { unknown: `\`${name}()\`, which is not a function of the project` };
    return this.join(fn.file, fn.returns, new Map(), depth, '\n\n');
  }

  /** Calls of a function elsewhere in the project, with each parameter bound to the argument passed. */
  callers(fn: KtFunction): KtBindings[] {
    const out: KtBindings[] = [];
    const re = new RegExp(`(?<![\\w])${fn.name}\\s*\\(`, 'g');
    for (const f of this.files)
      for (const m of f.code.matchAll(re)) {
        const open = m.index + m[0].length - 1;
        if (/\bfun\s+(?:[\w.]+\.)?$/.test(f.code.slice(Math.max(0, m.index - 60), m.index))) continue;
        const args = splitTop(f.code, open + 1, matching(f.code, open), ',');
        const b: KtBindings = new Map();
        fn.params.forEach((p, k) => {
          const a = args[k];
          if (a) b.set(p, { file: f, start: a.start, end: a.end });
        });
        out.push(b);
        if (out.length >= 8) return out;
      }
    return out;
  }
}

/** The offset of the `(` that the `)` at `close` closes (-1 when none does). */
function opening(code: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (code[i] === ')') depth++;
    else if (code[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function trimSpan(code: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(code[start])) start++;
  while (end > start && /\s/.test(code[end - 1])) end--;
  return { start, end };
}

/** `if (c) A else B` spanning the whole expression: the spans of A and B (else-if chains give more). */
function ifBranches(code: string, start: number, end: number): { start: number; end: number }[] | undefined {
  if (!/^if\s*\(/.test(code.slice(start, start + 10))) return undefined;
  const close = matching(code, code.indexOf('(', start));
  let depth = 0;
  for (let i = close + 1; i < end; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (
      depth === 0 &&
      code.startsWith('else', i) &&
      !/\w/.test(code[i - 1] ?? '') &&
      !/\w/.test(code[i + 4] ?? '')
    ) {
      const other = ifBranches(code, trimSpan(code, i + 4, end).start, end) ?? [{ start: i + 4, end }];
      return [unbrace(code, close + 1, i), ...other.map((s) => unbrace(code, s.start, s.end))];
    }
  }
  return undefined;
}

/** A branch written as a block `{ A }`: its last expression's span is the block's inside. */
function unbrace(code: string, start: number, end: number): { start: number; end: number } {
  const s = trimSpan(code, start, end);
  return code[s.start] === '{' && matching(code, s.start) === s.end - 1 ? { start: s.start + 1, end: s.end - 1 } : s;
}

/** Text that is not in the source (a separator, a placeholder): its offsets point at `at` or after the piece before. */
function synthetic(uri: string, text: string, before: Piece | undefined, at?: number): Piece {
  const o = at ?? before?.offsets[before.offsets.length - 1] ?? 0;
  return { text, uri, offsets: Array.from({ length: text.length }, () => o) };
}
