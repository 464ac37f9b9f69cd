import type { Document } from 'yaml';
import type { Config } from '../model/config';
import { localizeFindings } from '../l10n/finding';
import type { FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { isSuppressed, parseDirectives } from '../model/suppressions';
import { toFindings, type Finding } from './findings';
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
}

/** Spans → ranges with severities, suppression anchors, then what directives and config suppressions leave. */
export function assembleFindings(input: AssembleInput): Finding[] {
  const { uri, text, textOf, suppressedByConfig } = input;
  const indexes = new Map<string, LineIndex>();
  const index = (u: string) => indexes.get(u) ?? indexes.set(u, new LineIndex(textOf(u))).get(u)!;
  const all = localizeFindings(toFindings(input.raw, input.config, index), input.locale);
  const anchor = input.refused
    ? (offset: number) => index(uri).position(offset).line
    : anchorResolver(input.kind, text, () => index(uri), input.parseYaml);
  for (const f of all) f.suppressAt = anchor(index(uri).offset(f.range.start.line, f.range.start.character));
  const directives = parseDirectives(text);
  return all.filter(
    (f) =>
      !suppressedByConfig.has(f.rule) &&
      (f.rule.startsWith('suppression/') || !isSuppressed(directives, f.rule, f.range.start.line, f.suppressAt)),
  );
}
