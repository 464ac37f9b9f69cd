/** Resolved prompt text (pieces mapped to source offsets) and the decoding of string literals. */
import { STRING_TEXT } from './go-php';
import type { CodeLanguage, Node } from './parser';
import type { Module } from './project-model';

/** How a string literal is written, so a fix can insert text with the right escaping. */
export interface Literal {
  uri: string;
  /** Offsets of the literal's content (inside the quotes). */
  contentStart: number;
  contentEnd: number;
  /** Offsets of the whole literal (prefix, quotes, a heredoc's labels): where a concatenated literal goes. */
  start: number;
  end: number;
  quote: string;
  /** Python string prefix (f, r, b, u…), lower-cased; `r` also for a Go raw string and a PHP nowdoc. */
  prefix: string;
  python: boolean;
  lang: CodeLanguage;
  /** The file's line ending (its first one), for line breaks a fix writes into the literal as they are. */
  eol: string;
  /** A PHP heredoc's or nowdoc's closing label. */
  label?: string;
}

export interface Piece {
  text: string;
  uri: string;
  /** Source offset of each character (same length as text). */
  offsets: number[];
  literal?: Literal;
}

export type Resolved = { pieces: Piece[] } | { unknown: string };

/** Resolves another expression (the resolver's own entry point, passed to the language-specific readers). */
export type Again = (mod: Module, node: Node | null | undefined) => Resolved;

/**
 * The first candidate that resolves to some text (several call sites or assignments may set the same value: a
 * parameter, a struct field), else the first answer, else undefined when there is no candidate.
 */
export function firstResolved(cands: { mod: Module; node: Node }[], again: Again): Resolved | undefined {
  let first: Resolved | undefined;
  for (const c of cands) {
    const r = again(c.mod, c.node);
    if ('pieces' in r && r.pieces.some((p) => p.text.trim())) return r;
    first ??= r;
  }
  return first;
}

export const MAX_DEPTH = 8;
export const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');
export const unknown = (why: string): Resolved => ({ unknown: why });
/** A whole file's text as one piece, each UTF-16 unit at its own offset (`Array.from(text)` would count code points). */
export const wholeFile = (text: string, uri: string): Resolved => ({
  pieces: [{ text, uri, offsets: Array.from({ length: text.length }, (_, i) => i) }],
});
export const placeholder = (expr: Node, uri: string): Piece => ({
  text: `{{${clip(expr.text).replace(/[{}]/g, '')}}}`,
  uri,
  offsets: new Array(clip(expr.text).replace(/[{}]/g, '').length + 4).fill(expr.startIndex),
});

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
export function stringPieces(mod: Module, n: Node, resolveExpr: (expr: Node) => Resolved): Piece[] {
  const head = /^([rbufRBUF]*)('''|"""|'|"|`)/.exec(n.text) ?? ['', '', n.text[0] ?? '"'];
  // A Go raw string takes no escapes; a PHP heredoc/nowdoc's content is its body (a nowdoc takes no escapes).
  const body = n.type === 'heredoc' || n.type === 'nowdoc' ? (n.childForFieldName('value') ?? undefined) : undefined;
  const prefix = n.type === 'raw_string_literal' || n.type === 'nowdoc' ? 'r' : head[1].toLowerCase();
  const raw = prefix.includes('r');
  const literal: Literal = {
    uri: mod.uri,
    contentStart: body ? body.startIndex : n.startIndex + head[0].length,
    contentEnd: body ? body.endIndex : n.endIndex - head[2].length,
    start: n.startIndex,
    end: n.endIndex,
    quote: body ? '<<<' : head[2],
    prefix,
    python: mod.python,
    lang: mod.lang,
    eol: /\r\n?|\n/.exec(mod.text)?.[0] ?? '\n',
    ...(body ? { label: /^<<<[ \t]*(["']?)(\w+)\1/.exec(n.text)?.[2] } : {}),
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
      } else if (
        c.type === 'template_substitution' ||
        c.type === 'interpolation' ||
        (mod.lang === 'php' && c.isNamed && !STRING_TEXT.has(c.type))
      ) {
        addRaw(pos, c.startIndex);
        const expr =
          mod.lang === 'php' && c.type !== 'interpolation'
            ? c
            : c.namedChildren.find(
                (x) => x && x.type !== 'comment' && x.type !== 'format_specifier' && x.type !== 'type_conversion',
              );
        const r =
          expr &&
          /^(identifier|member_expression|attribute|variable_name|member_access_expression|constant|instance_variable)$/.test(
            expr.type,
          )
            ? resolveExpr(expr)
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
  visit(body ?? n, literal.contentStart, literal.contentEnd);
  // A heredoc's body node starts with the line break after `<<<LABEL`: the content (and a fix's insertion) after it.
  const lead = body ? (/^(?:\r\n?|\n)/.exec(piece.text)?.[0].length ?? 0) : 0;
  if (lead) {
    piece.text = piece.text.slice(lead);
    piece.offsets.splice(0, lead);
    literal.contentStart += lead;
  }
  return out.filter((p) => p.text.length > 0 || p === piece);
}
