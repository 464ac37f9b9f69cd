import type { Severity } from '../../service/findings';
import { counts, oneBased, type FileReport, type FormatContext } from '../report';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', green: '\x1b[32m' };
type Style = keyof typeof ANSI;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** ESLint "stylish"-like: a header per file, aligned `line:col  severity  message  rule`, then a summary. */
export function formatText(reports: FileReport[], ctx: FormatContext): string {
  const paint = (s: string, ...styles: Style[]) => (ctx.color && styles.length ? styles.map((st) => ANSI[st]).join('') + s + ANSI.reset : s);
  const lines: string[] = [];
  for (const r of reports) {
    if (!r.findings.length) continue;
    const rows = r.findings.map((f) => {
      const p = oneBased(f.range);
      return { pos: `${p.line}:${p.column}`, severity: f.severity, message: f.message.replace(/\s*\n\s*/g, ' '), rule: f.rule };
    });
    const w = {
      pos: Math.max(...rows.map((x) => x.pos.length)),
      severity: Math.max(...rows.map((x) => x.severity.length)),
      message: Math.max(...rows.map((x) => x.message.length)),
    };
    lines.push('', paint(r.file, 'underline'));
    for (const x of rows) {
      lines.push(
        `  ${paint(x.pos.padEnd(w.pos), 'dim')}  ${paint(x.severity.padEnd(w.severity), SEVERITY_STYLE[x.severity])}  ${x.message.padEnd(w.message)}  ${paint(x.rule, 'dim')}`.trimEnd(),
      );
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
