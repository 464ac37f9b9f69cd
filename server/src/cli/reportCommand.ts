import type { PolicyService } from '../service';
import { buildReport, collectBots } from '../report';
import { readFromDisk } from './formatters/fingerprint';
import type { CliOptions } from './args';
import { writeOutput } from './output';
import { relativeFile, type FileReport, type FormatContext } from './report';

interface ReportIo {
  cwd: string;
  stdout: { write(s: string): unknown };
}

/** `wa-policy-lint report`: writes the compliance report (Markdown on stdout, or to -o). Exit 0, or 2 when it cannot be written. */
export function writeComplianceReport(
  service: PolicyService,
  reports: FileReport[],
  opts: CliOptions,
  ctx: FormatContext & { toolVersion: string; locale: string },
  io: ReportIo,
  warn: (m: string) => void,
): number {
  const textOf = ctx.readText ?? readFromDisk;
  const relative = (uri: string) => relativeFile(io.cwd, uri);
  // The lint may have run elsewhere (workers): make sure this service has each file's model.
  for (const r of reports) if (!service.modelOf(r.uri)) service.lint(r.uri);
  const { bots, config } = collectBots(service, reports, relative, textOf);
  const { toolVersion, locale } = ctx;
  const text = buildReport(bots, config, { format: opts.reportFormat, toolVersion, locale, relative, textOf });
  return writeOutput(text, opts.outputFile, io, warn) ? 0 : 2;
}
