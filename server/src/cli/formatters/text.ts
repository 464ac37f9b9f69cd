import type { Severity } from '../../service/findings';
import { counts, oneBased, type FileReport, type FormatContext } from '../report';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  green: '\x1b[32m',
};
type Style = keyof typeof ANSI;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
export const DEFAULT_COLUMNS = 80;
/** Narrower than this, the message gets the whole line and the rule id moves below it. */
const MIN_MESSAGE_WIDTH = 24;

interface Row {
  pos: string;
  severity: Severity;
  message: string;
  rule: string;
}

/**
 * ESLint "stylish"-like: a header per file, aligned `line:col  severity  message  rule`, then a summary.
 * Messages wrap to the terminal's width (`ctx.columns`, default 80) under their own column.
 */
export function formatText(reports: FileReport[], ctx: FormatContext): string {
  const paint = (s: string, ...styles: Style[]) =>
    ctx.color && styles.length ? styles.map((st) => ANSI[st]).join('') + s + ANSI.reset : s;
  const columns = ctx.columns && ctx.columns > 0 ? ctx.columns : DEFAULT_COLUMNS;
  const lines: string[] = [];
  for (const r of reports) {
    if (!r.findings.length) continue;
    const rows: Row[] = r.findings.map((f) => {
      const p = oneBased(f.range);
      return {
        pos: `${p.line}:${p.column}`,
        severity: f.severity,
        message: f.message.replace(/\s*\n\s*/g, ' '),
        rule: f.rule,
      };
    });
    const posW = Math.max(...rows.map((x) => x.pos.length));
    const sevW = Math.max(...rows.map((x) => x.severity.length));
    const ruleW = Math.max(...rows.map((x) => x.rule.length));
    const indent = 2 + posW + 2 + sevW + 2;
    const besideRule = columns - indent - 2 - ruleW;
    const ruleBeside = besideRule >= MIN_MESSAGE_WIDTH;
    const msgW = Math.min(
      Math.max(...rows.map((x) => x.message.length)),
      ruleBeside ? besideRule : Math.max(columns - indent, MIN_MESSAGE_WIDTH),
    );
    lines.push('', paint(r.file, 'underline'));
    for (const x of rows) {
      const wrapped = wrap(x.message, msgW);
      const head = `  ${paint(x.pos.padEnd(posW), 'dim')}  ${paint(x.severity.padEnd(sevW), SEVERITY_STYLE[x.severity])}  `;
      if (ruleBeside) {
        lines.push(`${head}${wrapped[0].padEnd(msgW)}  ${paint(x.rule, 'dim')}`);
        for (const more of wrapped.slice(1)) lines.push(' '.repeat(indent) + more);
      } else {
        lines.push(`${head}${wrapped[0]}`.trimEnd());
        for (const more of wrapped.slice(1)) lines.push(' '.repeat(indent) + more);
        lines.push(' '.repeat(indent) + paint(x.rule, 'dim'));
      }
    }
  }
  const c = counts(reports);
  const total = c.error + c.warning + c.info;
  if (total) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')})`;
    lines.push('', paint(summary, 'bold', c.error ? 'red' : c.warning ? 'yellow' : 'blue'));
  } else {
    lines.push(paint(`✔ No problems (${plural(reports.length, 'file')} checked)`, 'green'));
  }
  return lines.join('\n') + '\n';
}

/** Greedy word wrap to `width` characters; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter(Boolean)) {
    while (word.length > width) {
      if (line) out.push(line);
      out.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line || !out.length) out.push(line);
  return out;
}
