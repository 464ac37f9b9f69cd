/** The finding of a code file not parsed because it is mostly syntax errors (parser.ts `mostlyErrors`). */
import type { ParseIssue } from '../../model/types';
import type { CodeLanguage, MostlyErrors } from './parser';

const NAMES: Record<CodeLanguage, string> = {
  typescript: 'TypeScript',
  tsx: 'TypeScript (TSX)',
  javascript: 'JavaScript',
  python: 'Python',
  go: 'Go',
  php: 'PHP',
  java: 'Java',
  ruby: 'Ruby',
};

/**
 * An `input/limits` finding on the file's first character: what share of the sampled text did not parse, and that
 * the file was not analysed (its prompts and calls are not read), so the run is not a silent pass.
 */
export function mostlyErrorsIssue(uri: string, e: MostlyErrors & { lang: CodeLanguage }): ParseIssue {
  const share = Math.round((100 * e.inErrors) / e.sampled);
  return {
    rule: 'input/limits',
    message:
      `The file is mostly syntax errors (${share}% of the ${e.sampled.toLocaleString('en')} characters sampled do not ` +
      `parse as ${NAMES[e.lang]}), so it was not analysed: the parser's error recovery takes time that grows faster ` +
      `than the file. Fix the syntax errors, or list the file under exclude: in .wa-policy.yaml if it is not code.`,
    ref: { uri, span: { start: 0, end: 1 } },
    severity: 'error',
  };
}
