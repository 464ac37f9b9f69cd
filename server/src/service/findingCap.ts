import { CATALOGS, format } from '../l10n';
import { localizeFindings } from '../l10n/finding';
import type { Config } from '../model/config';
import { levelOf } from './configResolver';
import type { Finding, Severity } from './findings';

/**
 * Findings per file the editor shows when the config does not say (`limits.maxFindingsPerFile`): a generated
 * or pasted file can hold tens of thousands, whose diagnostics would take the server seconds to write and the
 * editor longer to show. The CLI has no default cap (a CI run reports everything, as ESLint and Vale do).
 */
export const EDITOR_MAX_FINDINGS = 1000;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The `max` most severe of a file's findings (so an error is never dropped for a warning and the exit code
 * holds), ties in file order (start offset, then rule id, then the order reported), and how many were dropped.
 * Linear when the findings of the severity the cap cuts through come in file order (as rules report them).
 */
export function keepMostSevere<T>(
  items: T[],
  max: number | undefined,
  severities: Severity[],
  order: { start: (t: T) => number; rule: (t: T) => string },
): { kept: T[]; dropped: number } {
  if (max === undefined || items.length <= max) return { kept: items, dropped: 0 };
  // The severity the cap cuts through: every finding more severe is kept, every one less severe dropped.
  const counts = [0, 0, 0];
  for (const s of severities) counts[RANK[s]]++;
  let cut = 0;
  let room = max;
  while (counts[cut] <= room) room -= counts[cut++];
  const tied = items.filter((_, i) => RANK[severities[i]] === cut);
  const before = (a: T, b: T) => order.start(a) - order.start(b) || order.rule(a).localeCompare(order.rule(b));
  if (tied.some((t, i) => i > 0 && before(tied[i - 1], t) > 0)) tied.sort(before); // stable: ties keep their order
  const chosen = new Set(tied.slice(0, room));
  return { kept: items.filter((t, i) => RANK[severities[i]] < cut || chosen.has(t)), dropped: items.length - max };
}

/**
 * The findings kept by the cap, with one `input/limits` info finding first that says how many were dropped and
 * how to raise the limit (unless the config turns input/limits off).
 */
export function withDroppedNote(
  findings: Finding[],
  dropped: number,
  max: number | undefined,
  uri: string,
  config: Config,
  locale: string,
): Finding[] {
  if (!dropped || max === undefined || levelOf(config, 'input/limits') === 'off') return findings;
  return [...localizeFindings([droppedNote(uri, dropped, max)], locale), ...findings];
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
