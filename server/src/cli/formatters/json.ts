import { oneBased, type FileReport } from '../report';

/** `[{ file, kind, findings: [{ rule, clause, severity, message, line, column, endLine, endColumn }] }]` */
export function formatJson(reports: FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    kind: r.kind,
    findings: r.findings.map((f) => ({ rule: f.rule, clause: f.clause, severity: f.severity, message: f.message, ...oneBased(f.range) })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
