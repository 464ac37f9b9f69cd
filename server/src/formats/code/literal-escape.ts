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
 * Where and what to write so the literal's value gains `text` at its start or end: inside the quotes, or, when
 * the literal cannot hold the text, as a new literal joined to it: adjacent for a Python raw string (Python joins
 * `"a" r"b"` into one string), `"…" + `…`` for a Go raw string with a backtick in the text, `"…" . <<<EOT` for a PHP
 * heredoc or nowdoc with a line that starts with its closing label. The new literal is one that holds any text.
 * (tree-sitter-php, which reads the file back, does not parse a '…' holding a line like `EOT;` after a nowdoc.)
 */
export function literalInsertion(
  lit: Literal,
  text: string,
  where: 'start' | 'end',
): { at: number; newText: string } | undefined {
  const inside = escapeFor(lit, text);
  if (inside !== undefined) return { at: where === 'start' ? lit.contentStart : lit.contentEnd, newText: inside };
  const joined = joinedLiteral(lit, text);
  if (!joined) return undefined;
  if (where === 'start') return { at: lit.start, newText: `${joined.written}${joined.join}` };
  // After a heredoc's closing label, a line break first: PHP before 7.3 (and tree-sitter-php after a nowdoc)
  // accept nothing else on that line but `;`, `,` or `)`.
  const join = lit.quote === '<<<' ? `${lit.eol}${joined.join.trimStart()}` : joined.join;
  return { at: lit.end, newText: `${join}${joined.written}` };
}

/** A literal holding `text` that the language joins to `lit`, and how: undefined when the language has none. */
function joinedLiteral(lit: Literal, text: string): { written: string; join: string } | undefined {
  let sibling: Literal;
  let join: string;
  if (lit.python && lit.prefix.includes('r')) [sibling, join] = [{ ...lit, prefix: lit.prefix.replace('r', '') }, ' '];
  else if (lit.lang === 'go' && lit.quote === '`') [sibling, join] = [{ ...lit, quote: '"', prefix: '' }, ' + '];
  else if (lit.lang === 'php' && lit.quote === '<<<')
    // "…" (escaped \n) rather than '…' (raw line breaks): a line of the new literal never looks like a closing label.
    [sibling, join] = [{ ...lit, quote: '"', prefix: '', label: undefined }, ' . '];
  else return undefined;
  const escaped = escapeFor(sibling, text);
  if (escaped === undefined) return undefined;
  return { written: `${sibling.prefix}${sibling.quote}${escaped}${sibling.quote}`, join };
}
