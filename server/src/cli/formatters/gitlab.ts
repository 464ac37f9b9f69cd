import type { Severity } from '../../service/findings';
import { oneBased, uniqueFindings, type FileReport, type FormatContext } from '../report';
import { fingerprints } from './fingerprint';

/** GitLab's scale is info | minor | major | critical | blocker; an error blocks CI, so it ranks above warnings. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality report (the subset of the Code Climate spec GitLab reads): an array of
 * `{ description, check_name, fingerprint, severity, location: { path, lines: { begin, end } } }`.
 * Fingerprints are stable across commits (see fingerprint.ts) and unique within the report.
 */
export function formatGitlab(reports: FileReport[], ctx: FormatContext): string {
  const unique = uniqueFindings(reports);
  const prints = fingerprints(unique, ctx.readText);
  const issues = unique.flatMap((r) =>
    r.findings.map((f) => {
      const p = oneBased(f.range);
      return {
        type: 'issue',
        description: f.clause ? `${f.message} (${f.clause})` : f.message,
        check_name: f.rule,
        fingerprint: prints.get(f)!,
        severity: SEVERITY[f.severity],
        location: { path: r.file, lines: { begin: p.line, end: p.endLine } },
      };
    }),
  );
  return JSON.stringify(issues, null, 2) + '\n';
}
