import { oneBased, type FileReport } from '../report';
import { languageName } from '../../formats/code/language';

/** `[{ file, kind, findings: [{ rule, clause, severity, message, line, column, endLine, endColumn }] }]` */
export function formatJson(reports: FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    kind: r.kind,
    ...(r.kind === 'code' ? { language: languageName(r.file) } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      clause: f.clause,
      severity: f.severity,
      message: f.message,
      ...oneBased(f.range),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
