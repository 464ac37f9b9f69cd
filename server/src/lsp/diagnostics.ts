import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import { clause, DOCS_URL } from '../policy/clauses';
import type { Finding } from '../service';

export const SOURCE = 'wa-policy';

/** What a diagnostic carries for code actions; fixes are only valid for `version`. */
export interface DiagnosticData {
  rule: string;
  version: number;
  suppressAt: number;
  fixes: Finding['fixes'];
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toDiagnostic(f: Finding, version: number): Diagnostic {
  const href = (f.clause && clause(f.clause)?.source) || DOCS_URL;
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription: { href },
    message: f.clause ? `${f.message} [${f.clause}]` : f.message,
    relatedInformation: f.related.length ? f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) : undefined,
    tags: f.rule === 'suppression/unused' ? [DiagnosticTag.Unnecessary] : undefined,
    data: { rule: f.rule, version, suppressAt: f.suppressAt, fixes: f.fixes } satisfies DiagnosticData,
  };
}
