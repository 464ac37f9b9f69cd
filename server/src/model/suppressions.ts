import type { Span } from './types';
import { trimmedEnd } from './text';

export interface Directive {
  scope: 'next-line' | 'file';
  rules: string[];
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
  span: Span;
}

const DIRECTIVE = /wa-policy-disable-(next-line|file)\b([^\r\n]*)/g;
const CLOSERS = ['-->', '#}', '}}', '*/'];

/** The directive's text without a trailing comment closer and blanks (no backtracking regex: linear). */
function stripCloser(body: string): string {
  let e = trimmedEnd(body);
  const closer = CLOSERS.find((c) => body.startsWith(c, e - c.length));
  if (closer) e = trimmedEnd(body.slice(0, e - closer.length));
  return body.slice(0, e);
}

/** Finds `wa-policy-disable-next-line <rule>[, <rule>] -- <reason>` comments in any comment syntax. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('wa-policy-disable-')) return [];
  const out: Directive[] = [];
  let line = 0;
  let lineAt = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (; lineAt < m.index!; lineAt++) {
      const c = text.charCodeAt(lineAt);
      if (c === 10 || (c === 13 && text.charCodeAt(lineAt + 1) !== 10)) line++;
    }
    const body = stripCloser(m[2]);
    const [rulePart, ...reasonParts] = body.split(/\s--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    out.push({
      scope: m[1] as Directive['scope'],
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      reason: reason && !/^<[^>]*>$/.test(reason) ? reason : undefined,
      line,
      span: { start: m.index!, end: m.index! + m[0].length },
    });
  }
  return out;
}

/** True when a directive silences `rule` for a finding starting on `line` (or anchored at `anchor`). */
export function isSuppressed(directives: Directive[], rule: string, line: number, anchor?: number): boolean {
  return directives.some(
    (d) =>
      (d.rules.includes(rule) || d.rules.includes('all')) &&
      (d.scope === 'file' || d.line + 1 === line || (anchor !== undefined && d.line + 1 === anchor)),
  );
}
