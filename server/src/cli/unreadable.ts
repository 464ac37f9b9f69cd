import { localizeFinding } from '../l10n/finding';
import type { Finding } from '../service/findings';
import type { FileReport } from './report';

/** A report for a file or folder the CLI could not read: an input/unreadable error (exit code 2). */
export function unreadableReport(file: string, uri: string, reason: string, locale = 'en'): FileReport {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const finding: Finding = {
    rule: 'input/unreadable',
    clause: null,
    severity: 'error',
    message: `${file} was not checked: ${reason}.`,
    uri,
    range,
    why: 'A file the linter cannot read is a file it cannot vouch for; the run does not pass silently.',
    howToFix: 'Make the file readable, or exclude it with `exclude:` in .wa-policy.yaml.',
    signals: [],
    related: [],
    fixes: [],
    suppressAt: 0,
    l10n: { key: 'notChecked', args: { file, reason } },
  };
  return { file, uri, kind: 'unreadable', findings: [localizeFinding(finding, locale)] };
}
