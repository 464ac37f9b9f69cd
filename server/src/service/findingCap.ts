import { CATALOGS, format } from '../l10n';
import { localizeFindings } from '../l10n/finding';
import type { Config } from '../model/config';
import { levelOf } from './configResolver';
import type { Finding } from './findings';

/**
 * Findings per file the editor shows when the config does not say (`limits.maxFindingsPerFile`): a generated
 * or pasted file can hold tens of thousands, whose diagnostics would take the server seconds to write and the
 * editor longer to show. The CLI has no default cap (a CI run reports everything, as ESLint and Vale do).
 */
export const EDITOR_MAX_FINDINGS = 1000;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Keeps at most `max` findings of one file, the most severe first (so an error is never dropped for a
 * warning and the exit code holds), in their original order, plus one `input/limits` info finding that
 * says how many were dropped and how to raise the limit (unless the config turns input/limits off).
 */
export function capFindings(
  findings: Finding[],
  max: number | undefined,
  uri: string,
  config: Config,
  locale: string,
): Finding[] {
  if (max === undefined || findings.length <= max) return findings;
  const order = findings
    .map((f, i) => i)
    .sort((a, b) => RANK[findings[a].severity] - RANK[findings[b].severity] || a - b);
  const keep = new Set(order.slice(0, max));
  const kept = findings.filter((_, i) => keep.has(i));
  if (levelOf(config, 'input/limits') === 'off') return kept;
  return [...localizeFindings([droppedNote(uri, findings.length - max, max)], locale), ...kept];
}

function droppedNote(uri: string, dropped: number, max: number): Finding {
  const args = { dropped, max };
  const text = (key: string) => format(CATALOGS.en[`input/limits.dropped.${key}`], args);
  return {
    rule: 'input/limits',
    clause: null,
    severity: 'info',
    message: text('message'),
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    why: text('why'),
    howToFix: text('howToFix'),
    signals: [],
    related: [],
    fixes: [],
    suppressAt: 0,
    l10n: { key: 'dropped', args },
  };
}
