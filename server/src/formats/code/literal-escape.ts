/**
 * Text written into a string literal of the source, so that the literal still parses and its value is the
 * text: each language's quoting rules, and line breaks in the file's own ending where the literal holds them raw.
 */
import type { Literal } from './pieces';

const LINE_BREAK = /\r\n|\r|\n/g;

/** Escapes text for the inside of a literal; undefined when the literal cannot hold it (a raw string with its quote). */
export function escapeFor(lit: Literal, text: string): string | undefined {
  const raw = lit.prefix.includes('r');
  if (lit.quote === '<<<') return heredoc(lit, text, raw);
  if (raw) return rawString(lit, text);
  if (lit.prefix.includes('b') && /[^\x00-\x7f]/.test(text)) return undefined;
  const backslashed = text.replace(/\\/g, '\\\\');
  let out: string;
  if (lit.quote === '`') out = template(lit, backslashed);
  else if (lit.lang === 'php' && lit.quote === "'")
    // A single-quoted PHP string knows only \\ and \': a line break is written as it is.
    out = backslashed.replace(/'/g, "\\'").replace(LINE_BREAK, lit.eol);
  else if (lit.quote.length === 3)
    // Python triple quotes hold line breaks; every quote character is escaped, so none can close the string.
    out = backslashed.split(lit.quote[0]).join(`\\${lit.quote[0]}`).replace(LINE_BREAK, lit.eol);
  else
    out = backslashed
      .split(lit.quote)
      .join(`\\${lit.quote}`)
      .replace(/\r\n|\n/g, '\\n')
      .replace(/\r/g, '\\r');
  if (lit.lang === 'php' && lit.quote === '"') out = out.replace(/\$/g, '\\$');
  if (lit.python && lit.prefix.includes('f')) out = out.replace(/\{/g, '{{').replace(/\}/g, '}}');
  return out;
}

/** A JavaScript template literal holds line breaks; `` ` `` and `${` are escaped. */
function template(lit: Literal, backslashed: string): string {
  return backslashed.replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(LINE_BREAK, lit.eol);
}

/** Raw strings take no escapes: Python r'…' (no line break, no quote, no final backslash), Go `…` (no backtick). */
function rawString(lit: Literal, text: string): string | undefined {
  if (text.includes(lit.quote[0])) return undefined;
  if (lit.python && (text.endsWith('\\') || (lit.quote.length === 1 && /[\r\n]/.test(text)))) return undefined;
  return text.replace(LINE_BREAK, lit.eol);
}

/**
 * A PHP heredoc (escapes and `$` interpolation, like a double-quoted string) or nowdoc (nothing is escaped):
 * line breaks are written as they are; a line of the text must not start with the closing label.
 */
function heredoc(lit: Literal, text: string, nowdoc: boolean): string | undefined {
  const label = lit.label ?? '';
  if (!label || text.split(LINE_BREAK).some((l) => new RegExp(`^\\s*${label}\\b`).test(l))) return undefined;
  const out = nowdoc ? text : text.replace(/\\/g, '\\\\').replace(/\$/g, '\\$');
  return out.replace(LINE_BREAK, lit.eol);
}

/**
 * Where and what to write so the literal's value gains `text` at its start or end: inside the quotes, or, for a
 * Python raw string that cannot hold it, as an adjacent literal (Python joins `"a" r"b"` into one string).
 */
export function literalInsertion(
  lit: Literal,
  text: string,
  where: 'start' | 'end',
): { at: number; newText: string } | undefined {
  const inside = escapeFor(lit, text);
  if (inside !== undefined) return { at: where === 'start' ? lit.contentStart : lit.contentEnd, newText: inside };
  if (!lit.python || !lit.prefix.includes('r')) return undefined;
  const prefix = lit.prefix.replace('r', '');
  const sibling = escapeFor({ ...lit, prefix }, text);
  if (sibling === undefined) return undefined;
  const written = `${prefix}${lit.quote}${sibling}${lit.quote}`;
  return where === 'start'
    ? { at: lit.contentStart - lit.quote.length - lit.prefix.length, newText: `${written} ` }
    : { at: lit.contentEnd + lit.quote.length, newText: ` ${written}` };
}
