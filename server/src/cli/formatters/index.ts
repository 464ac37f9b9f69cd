import type { Format } from '../args';
import type { FileReport, FormatContext } from '../report';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

const FORMATTERS: Record<Format, (reports: FileReport[], ctx: FormatContext) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
};

/** Renders the lint results in one of the CLI's output formats. */
export function formatReports(format: Format, reports: FileReport[], ctx: FormatContext): string {
  return FORMATTERS[format](reports, ctx);
}
