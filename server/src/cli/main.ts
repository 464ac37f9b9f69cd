import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { version } from '../../../package.json';
import { dirOf, join, toPath, toUri } from '../model/uri';
import { createPolicyService, type PolicyService } from '../service';
import { localeFromEnv, resolveLocale } from '../l10n';
import type { Finding } from '../service/findings';
import { HELP, parseCliArgs, UsageError, type CliOptions, type RuleLevel } from './args';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { createFsHost } from '../node/fsHost';
import { checkConfigFile } from './configCheck';
import { counts, relativeFile, type FileReport, type FormatContext } from './report';
import { walkFolder } from '../node/walk';

const NAME = 'wa-policy-lint';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
}

/** Runs the CLI and returns its exit code: 0 clean, 1 error findings, 2 usage or config error. */
export function run(argv: string[], io: Io): number {
  const warn = (msg: string) => io.stderr.write(`${NAME}: ${msg}\n`);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    warn(e.message);
    io.stderr.write(`Run '${NAME} --help' for usage.\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  const host = createFsHost();
  let configUri: string | undefined;
  if (opts.config) {
    const abs = path.resolve(io.cwd, opts.config);
    configUri = toUri(abs);
    if (host.readFile(configUri) === undefined) {
      warn(`cannot read config ${opts.config}: ${reason(abs)}`);
      return 2;
    }
  }
  const ruleOverrides = opts.rules.size ? Object.fromEntries(opts.rules) : undefined;
  const locale = opts.locale ? resolveLocale(opts.locale) : localeFromEnv(io.env);
  const service = createPolicyService({ host, configUri, ruleOverrides, locale });
  const ctx: FormatContext = { cwd: io.cwd, color: opts.outputFile ? false : (opts.color ?? (!!io.stdout.isTTY && !io.env.NO_COLOR)), version };

  if (configUri) {
    const report = checkConfigFile(service, host, configUri, io.cwd);
    if (report.findings.some((f) => f.severity === 'error')) {
      warn(`the config ${opts.config} is invalid.`);
      return emit([applyLevels(report, opts)], opts, ctx, io, warn) ?? 2;
    }
  }

  // Resolve the arguments first: a missing path is a usage error, nothing is linted.
  const targets: { abs: string; explicit: boolean }[] = [];
  let missing = false;
  for (const arg of opts.paths) {
    const abs = path.resolve(io.cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
      if (stat.isDirectory()) fs.readdirSync(abs);
      else fs.accessSync(abs, fs.constants.R_OK);
    } catch {
      warn(`cannot read ${arg}: ${reason(abs)}`);
      missing = true;
      continue;
    }
    if (stat.isDirectory()) for (const f of walkFolder(abs, { pruneDir: (d) => excludedDir(service, d) })) targets.push({ abs: f, explicit: false });
    else targets.push({ abs, explicit: true });
  }
  if (missing) return 2;

  const seen = new Set<string>();
  const reports: FileReport[] = [];
  for (const { abs, explicit } of targets) {
    if (seen.has(abs)) continue;
    seen.add(abs);
    const uri = toUri(abs);
    const file = relativeFile(io.cwd, abs);
    if (!service.kindOf(uri)) {
      if (explicit) warn(`skipped ${file}: not a bot prompt or flow file`);
      continue;
    }
    const result = service.lint(uri);
    if (!result) {
      warn(`skipped ${file}: could not be read`);
      continue;
    }
    reports.push(applyLevels({ file, uri, kind: result.kind, findings: result.findings }, opts));
  }
  return emit(reports, opts, ctx, io, warn) ?? exitCode(reports, opts, warn);
}

/** Applies --rule overrides and --quiet. */
function applyLevels(report: FileReport, opts: CliOptions): FileReport {
  const findings: Finding[] = [];
  for (const f of report.findings) {
    const level: RuleLevel = opts.rules.get(f.rule) ?? f.severity;
    if (level === 'off' || (opts.quiet && level !== 'error')) continue;
    findings.push(level === f.severity ? f : { ...f, severity: level });
  }
  return { ...report, findings };
}

/** Writes the report; returns 2 when the output file cannot be written. */
function emit(reports: FileReport[], opts: CliOptions, ctx: FormatContext, io: Io, warn: (m: string) => void): number | undefined {
  const text =
    opts.format === 'json' ? formatJson(reports) : opts.format === 'sarif' ? formatSarif(reports, ctx) : opts.format === 'github' ? formatGithub(reports) : formatText(reports, ctx);
  if (!opts.outputFile) {
    io.stdout.write(text);
    return undefined;
  }
  try {
    const out = path.resolve(io.cwd, opts.outputFile);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  } catch (e) {
    warn(`cannot write ${opts.outputFile}: ${(e as Error).message}`);
    return 2;
  }
  return undefined;
}

function exitCode(reports: FileReport[], opts: CliOptions, warn: (m: string) => void): number {
  const c = counts(reports);
  if (c.error) return 1;
  if (opts.maxWarnings !== undefined && c.warning > opts.maxWarnings) {
    warn(`too many warnings (${c.warning}; maximum: ${opts.maxWarnings}).`);
    return 1;
  }
  return 0;
}

/** Folders matched by a `<glob>/**` exclude of the config that applies there: not walked at all. */
function excludedDir(service: PolicyService, absDir: string): boolean {
  const { config, uri } = service.configFor(join(toUri(absDir), '.probe'));
  if (!config.exclude.length) return false;
  const base = uri ? toPath(dirOf(uri)) : undefined;
  const rel = (base ? path.relative(base, absDir) : absDir).split(path.sep).join('/');
  if (!rel || rel.startsWith('..')) return false;
  return config.exclude.some((g) => g.endsWith('/**') && picomatch(g.slice(0, -3), { dot: true })(rel));
}

function reason(abs: string): string {
  try {
    fs.statSync(abs);
    return 'permission denied';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}

