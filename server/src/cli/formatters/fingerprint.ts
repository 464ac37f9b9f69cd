import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { toPath } from '../../model/uri';
import type { Finding } from '../../service/findings';
import type { FileReport, ReadText } from '../report';
export type { ReadText } from '../report';

/** Reads a file's text for fingerprinting; undefined when it cannot be read. */

export const readFromDisk: ReadText = (uri) => {
  try {
    return fs.readFileSync(toPath(uri), 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Stable ids for findings that survive edits elsewhere in the file: a hash of the rule, the file, the
 * flagged text (whitespace-normalised) and its line's text, plus the ordinal among findings that share
 * all of these. Line numbers are left out on purpose, so code scanning and GitLab keep tracking a finding
 * when lines are added above it.
 */
export function fingerprints(reports: FileReport[], readText: ReadText = readFromDisk): Map<Finding, string> {
  const out = new Map<Finding, string>();
  for (const r of reports) {
    const lines = (readText(r.uri) ?? '').split(/\r?\n/);
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const key = [f.rule, r.file, flagged(lines, f.range), normalise(lines[f.range.start.line] ?? '')].join('\u0000');
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      out.set(f, createHash('sha256').update(`${key}\u0000${n}`).digest('hex'));
    }
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function flagged(lines: string[], range: Finding['range']): string {
  const { start, end } = range;
  if (start.line === end.line) return normalise((lines[start.line] ?? '').slice(start.character, end.character));
  const parts = [
    (lines[start.line] ?? '').slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    (lines[end.line] ?? '').slice(0, end.character),
  ];
  return normalise(parts.join('\n'));
}
