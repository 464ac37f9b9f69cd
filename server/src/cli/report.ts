import * as path from 'node:path';
import type { Finding, Severity } from '../service/findings';
import { toPath } from '../model/uri';

/** Reads a file's text by URI (fingerprints read the flagged lines). */
export type ReadText = (uri: string) => string | undefined;

/** One analysed file and its findings, as the formatters see it. */
export interface FileReport {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  uri: string;
  kind: string;
  findings: Finding[];
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  version: string;
  /** Terminal width for text output (default 80). */
  columns?: number;
  /** Reads a file for fingerprints (default: from disk). */
  readText?: ReadText;
}

/** A 0-based LSP range as 1-based line/column (column = UTF-16 character + 1; end exclusive). */
export function oneBased(range: Finding['range']): {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A path or file URI relative to the working directory, with forward slashes. */
export function relativeFile(cwd: string, uriOrPath: string): string {
  const abs = uriOrPath.startsWith('file:') ? toPath(uriOrPath) : uriOrPath;
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

export function counts(reports: FileReport[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const f of r.findings) c[f.severity]++;
  return c;
}

/** The reports with repeated findings (same rule, place and message) dropped. */
export function uniqueFindings(reports: FileReport[]): FileReport[] {
  return reports.map((r) => {
    const seen = new Set<string>();
    const findings = r.findings.filter((f) => {
      const k = [
        f.rule,
        f.uri,
        f.range.start.line,
        f.range.start.character,
        f.range.end.line,
        f.range.end.character,
        f.message,
      ].join('\u0000');
      return !seen.has(k) && !!seen.add(k);
    });
    return findings.length === r.findings.length ? r : { ...r, findings };
  });
}
