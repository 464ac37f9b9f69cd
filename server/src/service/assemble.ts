import type { Document } from 'yaml';
import type { Config } from '../model/config';
import { localizeFindings } from '../l10n/finding';
import type { FormatKind } from '../model/types';
import { type LineIndex, lineIndexOf } from '../model/text';
import { isSuppressed, parseDirectives } from '../model/suppressions';
import { levelOf } from './configResolver';
import { toFindings, type Finding, type Severity } from './findings';
import { keepMostSevere } from './findingCap';
import type { SpannedFinding } from './ruleRunner';
import { anchorResolver } from './suppressionPlacement';

export interface AssembleInput {
  uri: string;
  kind: FormatKind;
  text: string;
  /** The rule findings located in this file. */
  raw: SpannedFinding[];
  config: Config;
  textOf: (u: string) => string;
  /** The file was refused (over a limit): it is never parsed again for suppression anchors. */
  refused: boolean;
  /** The file's YAML, parsed (and cached) by the model store. */
  parseYaml: (text: string) => Document.Parsed;
  /** Rules the config's `suppressions` turn off for this file. */
  suppressedByConfig: Set<string>;
  /** The language of messages (the client's display language or the CLI's --locale). */
  locale: string;
  /** Findings kept at most (`limits.maxFindingsPerFile`); undefined: all. */
  max?: number;
}

/** The findings of a file, and how many more the cap dropped (most severe kept, then file order). */
export interface Assembled {
  findings: Finding[];
  dropped: number;
}

/**
 * Spans → ranges with severities, suppression anchors, then what directives and config suppressions leave.
 * What is off or suppressed is known from a line and an anchor per finding, so the cap is applied before the
 * costly part (ranges of fixes and related locations, messages, localisation): that part is only done for the
 * findings kept, and a file with 40,000 findings costs about what one with the cap's worth costs.
 */
export function assembleFindings(input: AssembleInput): Assembled {
  const { uri, text, textOf, suppressedByConfig, config } = input;
  const indexes = new Map<string, LineIndex>();
  const index = (u: string) => indexes.get(u) ?? indexes.set(u, lineIndexOf(textOf(u))).get(u)!;
  const anchor = input.refused
    ? (offset: number) => index(uri).position(offset).line
    : anchorResolver(input.kind, text, () => index(uri), input.parseYaml);
  const directives = parseDirectives(text);
  const anchors = new Map<SpannedFinding, number>();
  const anchorOf = (r: SpannedFinding) => {
    let line = anchors.get(r);
    if (line === undefined) {
      const at = index(uri).position(r.finding.ref.span.start);
      anchors.set(r, (line = anchor(index(uri).offset(at.line, at.character))));
    }
    return line;
  };
  const commented = (r: SpannedFinding) =>
    isSuppressed(directives, r.rule.id, index(uri).position(r.finding.ref.span.start).line, anchorOf(r));
  // One cheap pass: what is off or suppressed goes, each remaining finding's severity is noted for the cap.
  const live: SpannedFinding[] = [];
  const severities: Severity[] = [];
  for (const r of input.raw) {
    const id = r.rule.id;
    const level = levelOf(config, id);
    if (level === 'off' || suppressedByConfig.has(id)) continue;
    if (directives.length && !id.startsWith('suppression/') && commented(r)) continue;
    live.push(r);
    severities.push(r.finding.level ?? level);
  }
  const { kept, dropped } = keepMostSevere(live, input.max, severities, {
    start: (r) => Math.min(r.finding.ref.span.start, text.length),
    rule: (r) => r.rule.id,
  });
  const suppressAt = new Map(kept.map((r) => [r.finding, anchorOf(r)]));
  const findings = toFindings(kept, config, index, (f) => suppressAt.get(f));
  return { findings: localizeFindings(findings, input.locale), dropped };
}
