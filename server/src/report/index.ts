import type { FormatKind } from '../model/types';
import type { Finding } from '../service/findings';
import { buildReport } from './build';
import { collectBots, type ReportSource } from './collect';
import type { ReportOptions } from './types';

export { buildReport, policyVersion } from './build';
export { collectBots, type LintedFile, type ReportSource } from './collect';
export type { ReportBot, ReportOptions, ReportSuppression } from './types';

/**
 * The report for a set of files in one call, for the language server's command: lints each file with the
 * service (the findings the editor shows) and builds the Markdown or HTML text.
 */
export function reportForFiles(
  service: ReportSource & { lint(uri: string): { uri: string; kind: FormatKind; findings: Finding[] } | undefined },
  uris: string[],
  opts: ReportOptions,
): string {
  const linted = uris.flatMap((u) => service.lint(u) ?? []);
  const { bots, config } = collectBots(service, linted, opts.relative, opts.textOf);
  return buildReport(bots, config, opts);
}
