import type { Span } from '../model/types';

export interface Directive {
  scope: 'next-line' | 'file';
  rules: string[];
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
  span: Span;
}

const DIRECTIVE = /wa-policy-disable-(next-line|file)\b([^\n]*)/g;
const CLOSERS = /\s*(-->|#\}|\}\}|\*\/)\s*$/;

/** Finds `wa-policy-disable-next-line <rule>[, <rule>] -- <reason>` comments in any comment syntax. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('wa-policy-disable-')) return [];
  const out: Directive[] = [];
  let line = 0;
  let lineAt = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (; lineAt < m.index!; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
    const body = m[2].replace(CLOSERS, '').replace(/\r$/, '');
    const [rulePart, ...reasonParts] = body.split(/\s--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    out.push({
      scope: m[1] as Directive['scope'],
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      reason: reason && !/^<[^>]*>$/.test(reason) ? reason : undefined,
      line,
      span: { start: m.index!, end: m.index! + m[0].replace(/\r$/, '').length },
    });
  }
  return out;
}

/** True when a directive silences `rule` for a finding starting on `line` (or anchored at `anchor`). */
export function isSuppressed(directives: Directive[], rule: string, line: number, anchor?: number): boolean {
  return directives.some(
    (d) => (d.rules.includes(rule) || d.rules.includes('all')) && (d.scope === 'file' || d.line + 1 === line || (anchor !== undefined && d.line + 1 === anchor)),
  );
}
