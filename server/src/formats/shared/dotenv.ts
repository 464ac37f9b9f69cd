/**
 * dotenv files (`.env`, `.env.example`, `.env.production`, `prod.env`): `KEY=value` lines, read with the source range
 * of each value so a prompt kept there (`SYSTEM_PROMPT="You are …"`, quoted over several lines) keeps its offsets.
 * The syntax is dotenv's (the npm package's and python-dotenv's): `export ` prefixes, `#` comments, values unquoted
 * (to the end of the line or a ` #` comment), or in single, double or back quotes over several lines; in double
 * quotes `\n` is a line break. The `dotenv` package's `parse` returns the values without their offsets, so the
 * lines are scanned here by the same rules.
 */
import { fromOffsets } from '../../model/text';
import type { MappedText } from '../../model/types';

/** Example env files a code project keeps beside its manifest (the code adapter reads them with the code). */
export const ENV_EXAMPLES = [
  '.env.example',
  '.env.sample',
  '.env.template',
  '.env.dist',
  '.env-example',
  '.env-sample',
  'example.env',
  'env.example',
];

/** A dotenv file by its name: `.env`, `.env.<stage>`, `<stage>.env`, `env.example`; never `.envrc` (a shell script). */
export function isDotenvName(base: string): boolean {
  return (
    /^\.env(?:[.-][\w.-]+)?$|^[\w.-]+\.env$|^env\.(?:example|sample|template|dist)$/i.test(base) &&
    !/^\.envrc$/i.test(base)
  );
}

export interface DotenvEntry {
  key: string;
  /** Where the key starts. */
  keyStart: number;
  /** The value as the program sees it, mapped to the source (quotes excluded). */
  value: MappedText;
}

const LINE_START = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/gm;

/** The entries of a dotenv file, in order; lines that are not `KEY=value` are skipped. */
export function parseDotenv(uri: string, text: string): DotenvEntry[] {
  const out: DotenvEntry[] = [];
  LINE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_START.exec(text))) {
    const keyStart = m.index + m[0].indexOf(m[1]);
    const at = m.index + m[0].length;
    const q = text.charAt(at);
    let value: MappedText;
    let next: number;
    if (q === '"' || q === "'" || q === '`') {
      const close = closingQuote(text, at + 1, q);
      if (close < 0) {
        // An unclosed quote: dotenv reads the rest of the line as the value.
        const eol = lineEnd(text, at);
        value = fromOffsets(uri, text.slice(at, eol), range(at, eol), eol);
        next = eol;
      } else {
        value = q === '"' ? unescapeDouble(uri, text, at + 1, close) : plain(uri, text, at + 1, close);
        next = close + 1;
      }
    } else {
      const eol = lineEnd(text, at);
      const comment = text.slice(at, eol).search(/(?:^|[ \t])#/);
      let end = comment < 0 ? eol : at + comment;
      while (end > at && /[ \t\r]/.test(text.charAt(end - 1))) end--;
      value = plain(uri, text, at, end);
      next = eol;
    }
    out.push({ key: m[1], keyStart, value });
    LINE_START.lastIndex = Math.max(next, m.index + m[0].length);
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** The closing quote (a double quote may be escaped by a backslash), or -1. */
function closingQuote(text: string, from: number, q: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\' && q === '"') i++;
    else if (c === q) return i;
  }
  return -1;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

function plain(uri: string, text: string, start: number, end: number): MappedText {
  return { uri, text: text.slice(start, end), toSource: (i) => start + Math.min(i, end - start) };
}

/** A double-quoted value: `\n` is a line break, `\"` a quote; each character keeps its source offset. */
function unescapeDouble(uri: string, text: string, start: number, end: number): MappedText {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return plain(uri, text, start, end);
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw.charAt(i + 1);
      out += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e;
      offsets.push(start + i);
      i++;
    } else {
      out += c;
      offsets.push(start + i);
    }
  }
  return fromOffsets(uri, out, offsets, end);
}
