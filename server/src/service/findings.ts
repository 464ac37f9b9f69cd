import { internalIssue } from '../input/isolate';
import type { Range } from 'vscode-languageserver-types';
import type { Config, Level } from '../model/config';
import type { SourceRef } from '../model/types';
import { LineIndex } from '../model/text';
import { levelOf } from './configResolver';
import type { SpannedFinding } from './ruleRunner';
import type { Fix, RuleFinding } from '../rules/types';

export type Severity = Exclude<Level, 'off'>;

export interface FindingEdit {
  uri: string;
  range: Range;
  newText: string;
}

export interface FindingFix {
  title: string;
  edits: FindingEdit[];
  fixAll: boolean;
  preferred: boolean;
  l10n?: Fix['l10n'];
}

/** A finding with LSP-style ranges (0-based), ready for the editor, the CLI and tests. */
export interface Finding {
  rule: string;
  clause: string | null;
  severity: Severity;
  message: string;
  uri: string;
  range: Range;
  why: string;
  signals: string[];
  howToFix?: string;
  related: { uri: string; range: Range; message: string }[];
  fixes: FindingFix[];
  /** 0-based line where a disable-next-line comment for this finding must stand. */
  suppressAt: number;
  /** Catalog key and arguments of message, why and howToFix (see l10n/finding.ts). */
  l10n?: RuleFinding['l10n'];
}

/**
 * Turns spans into ranges and gives each finding the level its config sets (findings of rules turned off are
 * dropped); `suppressAtOf` gives the line of a finding's disable comment when the caller placed it.
 */
export function toFindings(
  raw: SpannedFinding[],
  config: Config,
  index: (uri: string) => LineIndex,
  suppressAtOf: (f: RuleFinding) => number | undefined = () => undefined,
): Finding[] {
  const range = (ref: SourceRef): Range => {
    const ix = index(ref.uri);
    return { start: ix.position(ref.span.start), end: ix.position(Math.max(ref.span.end, ref.span.start)) };
  };
  const out: Finding[] = [];
  for (const { rule, finding } of raw) {
    const level = levelOf(config, rule.id);
    if (level === 'off') continue;
    const r = range(finding.ref);
    out.push({
      rule: rule.id,
      clause: finding.clause ?? rule.clause,
      severity: finding.level ?? level,
      message: finding.message,
      uri: finding.ref.uri,
      range: r,
      why: finding.why,
      signals: finding.signals ?? [],
      howToFix: finding.howToFix,
      related: (finding.related ?? []).map((x) => ({ uri: x.ref.uri, range: range(x.ref), message: x.message })),
      fixes: (finding.fixes ?? []).map((f) => findingFix(f, range)),
      suppressAt: suppressAtOf(finding) ?? finding.suppressAt ?? r.start.line,
      l10n: finding.l10n,
    });
  }
  return out.sort(
    (a, b) =>
      a.uri.localeCompare(b.uri) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
}

/**
 * A fix with its edits' ranges computed when they are first read: a fix whose edits are built on demand (a getter,
 * as the n8n and Twilio handoff fixes have) stays unbuilt until a code action is resolved or a report prints it.
 */
function findingFix(f: Fix, range: (ref: SourceRef) => Range): FindingFix {
  let edits: FindingEdit[] | undefined;
  return {
    title: f.title,
    fixAll: !!f.fixAll,
    preferred: !!f.preferred,
    l10n: f.l10n,
    get edits() {
      return (edits ??= f.edits.map((e) => ({
        uri: e.uri,
        range: range({ uri: e.uri, span: e.span }),
        newText: e.newText,
      })));
    },
  };
}

/** The result of a lint that failed outside the parsers (rules, findings): one internal/error finding. */
export function internalFinding(uri: string, e: unknown): Finding {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const message = internalIssue(uri, e).message;
  return {
    rule: 'internal/error',
    clause: null,
    severity: 'error',
    message,
    uri,
    range,
    why: 'This is a bug in wa-policy-lint, isolated to this file so the other files still report. Please report it with the file.',
    signals: [],
    related: [],
    fixes: [],
    suppressAt: 0,
    l10n: { key: 'crash', args: { issue: message } },
  };
}
