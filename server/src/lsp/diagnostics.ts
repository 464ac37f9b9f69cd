import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { clause, DOCS_URL } from '../policy/clauses';
import type { Finding } from '../service';

export const SOURCE = 'wa-policy';

/**
 * What a diagnostic carries for code actions: the fix titles, not their edits. The edits are
 * looked up when an action is resolved, and only while the document is still at `version`.
 */
export interface DiagnosticData {
  rule: string;
  version: number;
  /** Position of the finding in the list published for `version`. */
  index: number;
  suppressAt: number;
  fixes: { title: string; preferred: boolean }[];
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toDiagnostic(f: Finding, version: number, index = -1): Diagnostic {
  const href = (f.clause && clause(f.clause)?.source) || DOCS_URL;
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href },
    message: f.clause ? `${f.message} [${f.clause}]` : f.message,
    relatedInformation: f.related.length
      ? f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }))
      : undefined,
    data: {
      rule: f.rule,
      version,
      index,
      suppressAt: f.suppressAt,
      fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.preferred })),
    } satisfies DiagnosticData,
  };
}
