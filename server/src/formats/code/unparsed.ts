/** The finding of a code file not parsed because it is mostly syntax errors (parser.ts `mostlyErrors`). */
import type { ParseIssue } from '../../model/types';
import type { CodeLanguage, MostlyErrors } from './parser';
import type { CodeProject } from './project-model';

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
 * the file was not analysed (its prompts and calls are not read), so the run is not a silent pass. With `on`, the
 * finding is on that file instead (a Twilio Studio flow whose Functions are not files of its format), and names
 * the code file as `name`.
 */
export function mostlyErrorsIssue(
  uri: string,
  e: MostlyErrors & { lang: CodeLanguage },
  on?: { uri: string; name: string },
): ParseIssue {
  const share = Math.round((100 * e.inErrors) / e.sampled);
  return {
    rule: 'input/limits',
    message:
      `${on ? `The file ${on.name}` : 'The file'} is mostly syntax errors (${share}% of the ${e.sampled.toLocaleString('en')} characters sampled do not ` +
      `parse as ${NAMES[e.lang]}), so it was not analysed: the parser's error recovery takes time that grows faster ` +
      `than the file. Fix the syntax errors, or list the file under exclude: in .wa-policy.yaml if it is not code.`,
    ref: { uri: on?.uri ?? uri, span: { start: 0, end: 1 } },
    severity: 'error',
  };
}

/**
 * The findings of a project's code files that were not parsed (mostly syntax errors): every reader of code files
 * (bots in code, Rasa custom actions, Twilio Functions) reports them, so that none is skipped in silence. `on`: the
 * file to put them on, and how to name each code file there.
 */
export function unparsedIssues(
  project: CodeProject,
  on?: { uri: string; name: (uri: string) => string },
): ParseIssue[] {
  return [...project.unparsed].map(([uri, e]) => mostlyErrorsIssue(uri, e, on && { uri: on.uri, name: on.name(uri) }));
}
