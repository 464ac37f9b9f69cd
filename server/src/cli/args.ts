import { parseArgs } from 'node:util';
import type { Severity } from '../service/findings';
import { RULES_BY_ID } from '../rules';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export const REPORT_FORMATS = ['markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type Format = (typeof FORMATS)[number];
export type RuleLevel = Severity | 'off';
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

export interface CliOptions {
  /** `lint` (default) or the `report` subcommand. */
  command: 'lint' | 'report';
  paths: string[];
  /** For `report`: markdown (default) or html; taken from the output file's extension when not given. */
  reportFormat: ReportFormat;
  format: Format;
  config?: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  /** List every skipped file or folder with the reason (`--explain-skips`, `--verbose`). */
  explainSkips: boolean;
  rules: Map<string, RuleLevel>;
  /** undefined: colour when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
  help: boolean;
  version: boolean;
  /** Reuse results of files whose inputs are unchanged (--cache). */
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads; undefined: automatic (several for large runs). */
  workers?: number;
  /** Language of the messages (--locale); undefined: LC_ALL, LC_MESSAGES, LANG. */
  locale?: string;
}

/** A mistake on the command line: reported with exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: wa-policy-lint [options] [paths...]
       wa-policy-lint report [options] [paths...]

Lints WhatsApp bot prompt and flow files (system prompts, .prompt.yml, .prompty,
.prompt, n8n, Rasa, Dialogflow CX, Copilot Studio, Twilio Studio, Typebot, Flowise,
Dify, Langflow, Voiceflow) against WhatsApp's AI policy.
Folders are walked (honouring .gitignore and the config's exclude; node_modules
and .git are skipped); files that are not bot files are skipped. Default path: .

Options:
  -f, --format <name>      Output format: text (default), json, sarif, github,
                           junit, gitlab (Code Quality); for report: markdown
                           (default) or html
  -c, --config <file>      Use this config for every file, instead of the
                           nearest .wa-policy.yaml above each file
  -o, --output-file <file> Write the report to a file instead of stdout
      --rule <id>=<level>  Override a rule's level (off, info, warning, error);
                           repeatable. Example: --rule prompt/no-human-escalation=off
  -q, --quiet              Report errors only
      --explain-skips      List each skipped file or folder with the reason (on stderr);
      --verbose            the same
      --max-warnings <n>   Exit with code 1 when there are more than n warnings
      --color, --no-color  Force colours on or off in text output
                           (default: on when stdout is a terminal and NO_COLOR is unset)
      --cache              Only check files whose content, project files or config
                           changed since the last run with --cache
      --cache-location <f> Cache file (default: .wa-policy-cache)
      --workers <n>        Worker threads (default: automatic; 1: none)
      --locale <tag>       Language of the messages: en, es, pt-br, id, zh-cn, zh-tw,
                           ar, de, hi, fr, tr (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help               Show this help
  -v, --version            Show the version

Commands:
  report                   Write a compliance report (Markdown, or HTML with
                           -o report.html or --format html) for a reviewer: per bot
                           its entry points, LLMs, human paths, findings,
                           suppressions and the clauses, with a flow diagram

Exit codes:
  0  no error-severity findings (and warnings within --max-warnings)
  1  at least one error-severity finding, or too many warnings
  2  usage error, missing or unreadable path, or broken config

Rules:
${[...RULES_BY_ID.values()].map((r) => `  ${r.id.padEnd(36)} ${r.defaultLevel}`).join('\n')}
`;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const v = parsed.values;
  const command = parsed.positionals[0] === 'report' ? 'report' : 'lint';
  const positionals = command === 'report' ? parsed.positionals.slice(1) : parsed.positionals;
  const format = (command === 'report' ? 'text' : (v.format ?? 'text')) as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`Unknown format '${v.format}'. Use one of: ${FORMATS.join(', ')}.`);
  const reportFormat = (v.format ?? (/\.html?$/i.test(v['output-file'] ?? '') ? 'html' : 'markdown')) as ReportFormat;
  if (command === 'report' && !REPORT_FORMATS.includes(reportFormat))
    throw new UsageError(`Unknown report format '${v.format}'. Use one of: ${REPORT_FORMATS.join(', ')}.`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings']))
      throw new UsageError(`--max-warnings needs a non-negative integer, got '${v['max-warnings']}'.`);
    maxWarnings = Number(v['max-warnings']);
  }
  const rules = new Map<string, RuleLevel>();
  for (const spec of v.rule ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule needs <id>=<level>, got '${spec}'.`);
    const [, id, level] = m;
    if (!RULES_BY_ID.has(id.trim()))
      throw new UsageError(`Unknown rule '${id}' in --rule. Known rules: ${[...RULES_BY_ID.keys()].join(', ')}.`);
    const lv = (level.trim() === 'warn' ? 'warning' : level.trim()) as RuleLevel;
    if (!LEVELS.includes(lv))
      throw new UsageError(`Unknown level '${level}' in --rule. Use one of: ${LEVELS.join(', ')}.`);
    rules.set(id.trim(), lv);
  }
  let workers: number | undefined;
  if (v.workers !== undefined) {
    if (!/^[1-9]\d?$/.test(v.workers))
      throw new UsageError(`--workers needs a number from 1 to 99, got '${v.workers}'.`);
    workers = Number(v.workers);
  }
  for (const [name, value] of [
    ['config', v.config],
    ['output-file', v['output-file']],
    ['cache-location', v['cache-location']],
  ] as const) {
    if (value !== undefined && value === '') throw new UsageError(`--${name} needs a file name.`);
  }
  return {
    command,
    paths: positionals.length ? positionals : ['.'],
    reportFormat,
    format,
    config: v.config,
    outputFile: v['output-file'],
    maxWarnings,
    quiet: !!v.quiet,
    explainSkips: !!v['explain-skips'] || !!v.verbose,
    rules,
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: !!v.help,
    version: !!v.version,
    cache: !!v.cache || v['cache-location'] !== undefined,
    cacheLocation: v['cache-location'],
    workers,
    locale: v.locale,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      'output-file': { type: 'string', short: 'o' },
      rule: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      'explain-skips': { type: 'boolean' },
      verbose: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      workers: { type: 'string' },
      locale: { type: 'string' },
    },
  });
}
