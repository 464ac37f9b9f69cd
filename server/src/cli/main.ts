import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CONFIG_FILE } from '../config/load';
import picomatch from 'picomatch';
import { version } from '../../../package.json';
import { dirOf, join, toPath, toUri } from '../model/uri';
import { createPolicyService, type PolicyService } from '../service';
import { localeFromEnv, resolveLocale } from '../l10n';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { formatReports } from './formatters';
import { writeComplianceReport } from './reportCommand';
import { writeOutput } from './output';
import { createFsHost } from '../nodeHost/fsHost';
import { inFolders, runFolders } from './runFolders';
import { checkConfigFile } from './configCheck';
import { counts, relativeFile, type FileReport, type FormatContext } from './report';
import { walkFolder } from '../nodeHost/walk';
import { specialFileReason } from '../nodeHost/special';
import { DEFAULT_CACHE_FILE, ResultCache, sha1 } from './cache';
import {
  checkHere,
  checkInWorkers,
  checkOnNiced,
  serveWarmWorker,
  serveWorker,
  warmWorkerFor,
  type Checked,
  type LintSetup,
  type WarmWorker,
} from './lintFiles';
import { unreadableReport } from './unreadable';
import { loadCodeParsers, loadCodeParsersOnDemand } from '../formats/code';

const NAME = 'wa-policy-lint';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  /** The CLI bundle, for worker threads; without it every file is checked on this thread. */
  workerScript?: string;
}

/** Files from which the CLI spreads the work over worker threads (below, starting them costs more than it saves). */
const MIN_FILES_FOR_WORKERS = 200;
const MAX_WORKERS = 4;

/** Runs the CLI and resolves to its exit code: 0 clean, 1 error findings, 2 usage or config error. */
export async function run(argv: string[], io: Io): Promise<number> {
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
  if (opts.help || opts.version) {
    io.stdout.write(opts.help ? HELP : `${version}\n`);
    return 0;
  }

  // Code parsers (wasm): loaded in the background, or with a cache file to answer from, once a file needs them.
  const cacheFile = path.resolve(io.cwd, opts.cacheLocation ?? DEFAULT_CACHE_FILE);
  const parsersOnDemand = opts.cache && fs.existsSync(cacheFile);
  const failed = (e: Error) => warn(`code files will not be checked: ${e.message}`);
  let loading: Promise<unknown> | undefined;
  const parsers = () => (loading ??= loadCodeParsers().catch(failed));
  if (parsersOnDemand) loadCodeParsersOnDemand(() => undefined, failed);
  else void parsers();
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
  const folders = runFolders(opts.paths, io.cwd);
  const service = createPolicyService({ host: inFolders(host, folders), configUri, ruleOverrides, locale });
  const ctx: FormatContext = {
    cwd: io.cwd,
    color: opts.outputFile ? false : (opts.color ?? (!!io.stdout.isTTY && !io.env.NO_COLOR)),
    version,
    columns: io.stdout.columns || Number(io.env.COLUMNS) || undefined,
  };

  if (configUri) {
    const report = checkConfigFile(service, host, configUri, io.cwd);
    if (report.findings.some((f) => f.severity === 'error')) {
      warn(`the config ${opts.config} is invalid.`);
      return emit([applyLevels(report, opts)], opts, ctx, io, warn) ?? 2;
    }
  }

  // Resolve the arguments first: a missing path is a usage error, nothing is linted.
  const unreadable: FileReport[] = [];
  const onSkipped = (abs: string, why: string) => {
    warn(`skipped ${relativeFile(io.cwd, abs)}: ${why}`);
    unreadable.push(unreadableReport(relativeFile(io.cwd, abs), toUri(abs), why, locale));
  };
  const setup = { configUri, ruleOverrides, record: opts.cache, locale, folders, fixEdits: opts.format === 'sarif' };
  const warm = parsersOnDemand ? warmWorkerFor(setup, io.workerScript, opts.workers, io.env) : undefined;
  const targets = resolveTargets(opts, io.cwd, service, warn, onSkipped);
  if (!targets) {
    void warm?.worker.terminate();
    return 2;
  }

  // The cache file is the tool's own output, never a file to check (and, as a dependency of itself, never a hit).
  const unique = [...new Map(targets.map((t) => [t.abs, t])).values()].filter((t) => t.explicit || t.abs !== cacheFile);
  const settings = () =>
    settingsKey(
      opts,
      locale,
      unique.map((t) => t.abs),
      host,
      setup.folders,
    );
  const cache = opts.cache ? new ResultCache(cacheFile, settings(), host.listFiles) : undefined;
  const checked = await checkAll(unique, setup, cache, opts, io, parsersOnDemand ? undefined : parsers, parsers, warm);
  const reports = fileReports(unique, checked, service, opts, io.cwd, warn, onSkipped);
  reports.push(...unreadable.map((r) => applyLevels(r, opts)));
  if (opts.command === 'report')
    return writeComplianceReport(service, reports, opts, { ...ctx, toolVersion: version, locale }, io, warn);
  const code = emit(reports, opts, ctx, io, warn) ?? exitCode(reports, opts, warn);
  // Like a missing path, a file or folder that could not be read makes the run fail (exit 2).
  return unreadable.length ? Math.max(code, 2) : code;
}

interface Target {
  abs: string;
  /** Named on the command line (not found by walking a folder): its skip is always reported. */
  explicit: boolean;
}

/** The files to lint: the file arguments and the bot files under the folder arguments; undefined when a path is missing. */
function resolveTargets(
  opts: CliOptions,
  cwd: string,
  service: PolicyService,
  warn: (m: string) => void,
  onSkipped: (abs: string, why: string) => void,
): Target[] | undefined {
  const targets: Target[] = [];
  let missing = false;
  for (const arg of opts.paths) {
    const abs = path.resolve(cwd, arg);
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
    const prune = (d: string) => {
      const excluded = excludedDir(service, d);
      if (excluded && opts.explainSkips)
        warn(`skipped folder ${relativeFile(cwd, d)}: excluded by \`exclude\` in .wa-policy.yaml`);
      return excluded;
    };
    if (stat.isDirectory())
      for (const f of walkFolder(abs, { pruneDir: prune, onSkipped })) targets.push({ abs: f, explicit: false });
    else targets.push({ abs, explicit: true });
  }
  return missing ? undefined : targets;
}

/** One report per checked bot file (levels applied); skipped and unreadable files are reported through `warn`. */
function fileReports(
  targets: Target[],
  checked: Checked[],
  service: PolicyService,
  opts: CliOptions,
  cwd: string,
  warn: (m: string) => void,
  onSkipped: (abs: string, why: string) => void,
): FileReport[] {
  const reports: FileReport[] = [];
  for (const [i, { abs, explicit }] of targets.entries()) {
    const c = checked[i];
    // Most targets of a tree are not bot files: their relative path is only made when it is printed.
    const file = () => relativeFile(cwd, abs);
    if (c.unreadable) onSkipped(abs, `it could not be read (${reason(abs)})`);
    else if (!c.kind) {
      // Why is asked again on this thread, only for the files whose skip is reported.
      if (explicit || opts.explainSkips)
        warn(
          `skipped ${file()}: not a bot prompt or flow file (${service.explainKind(toUri(abs)).reason ?? 'no format recognised'})`,
        );
    } else reports.push(applyLevels({ file: file(), uri: toUri(abs), kind: c.kind, findings: c.findings }, opts));
  }
  return reports;
}

/** Results for every target: from the cache when their inputs are unchanged, else checked here or on worker threads. */
async function checkAll(
  targets: { abs: string; explicit?: boolean }[],
  setup: LintSetup,
  cache: ResultCache | undefined,
  opts: CliOptions,
  io: Io,
  /** Loads the code parsers before files are checked here (undefined: they load when a file needs them). */
  parsersFirst: (() => Promise<unknown>) | undefined,
  parsers: () => Promise<unknown>,
  /** A worker started early (a run with a cache file): it checks what the cache cannot answer, or is ended. */
  warm?: WarmWorker,
): Promise<Checked[]> {
  const results = new Map<string, Checked>();
  const todo: string[] = [];
  for (const { abs } of targets) {
    const hit = cache?.get(abs);
    if (hit) results.set(abs, { abs, ...hit });
    else todo.push(abs);
  }
  // Explaining a skip or drawing a report asks for formats and models after this: they need the parsers too.
  if (opts.explainSkips || opts.command === 'report' || targets.some((t) => t.explicit)) await parsers();
  else if (todo.length) await parsersFirst?.();
  const workers =
    opts.workers ?? (todo.length >= MIN_FILES_FOR_WORKERS ? Math.min(MAX_WORKERS, os.availableParallelism()) : 1);
  if (warm && !todo.length) void warm.worker.terminate();
  let checked = warm?.niced && todo.length ? await checkOnNiced(todo, warm, workers) : undefined;
  if (warm?.niced) warm = undefined;
  checked ??=
    (workers > 1 || warm) && io.workerScript && todo.length
      ? await checkInWorkers(todo, setup, io.workerScript, Math.max(1, workers), warm)
      : await checkHere(todo, setup);
  for (const c of checked) {
    results.set(c.abs, c);
    if (cache && c.deps && !c.unreadable) cache.set(c.abs, { kind: c.kind, findings: c.findings }, c.deps);
  }
  cache?.save(new Set(targets.map((t) => t.abs)));
  return targets.map((t) => results.get(t.abs)!);
}

/** What makes cached results invalid as a whole: the tool, the options that change findings (the locale too), and every config file. */
function settingsKey(
  opts: CliOptions,
  locale: string,
  files: string[],
  host: ReturnType<typeof createFsHost>,
  folders: string[],
): string {
  const configs = new Set<string>();
  for (const f of files) {
    if (path.basename(f) === CONFIG_FILE) configs.add(f);
  }
  for (const arg of opts.paths)
    for (let d = path.resolve(arg); ; d = path.dirname(d)) {
      configs.add(path.join(d, CONFIG_FILE));
      if (path.dirname(d) === d) break;
    }
  // Results cached without fixes (any output but SARIF) do not serve a SARIF run, nor the reverse.
  const fixes = opts.format === 'sarif' ? 'fixes' : '';
  const parts = [version, opts.config ?? '', JSON.stringify([...opts.rules]), locale, JSON.stringify(folders), fixes];
  for (const c of [...configs].sort()) parts.push(c, host.readFile(toUri(c)) ?? '');
  return sha1(parts.join('\u0000'));
}

/** Applies --quiet. Levels (config and --rule) were decided by the service. */
function applyLevels(report: FileReport, opts: CliOptions): FileReport {
  return opts.quiet ? { ...report, findings: report.findings.filter((f) => f.severity === 'error') } : report;
}

/** Writes the report; returns 2 when the output file cannot be written. */
function emit(
  reports: FileReport[],
  opts: CliOptions,
  ctx: FormatContext,
  io: Io,
  warn: (m: string) => void,
): number | undefined {
  return writeOutput(formatReports(opts.format, reports, ctx), opts.outputFile, io, warn) ? undefined : 2;
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
    const stat = fs.statSync(abs);
    const special = stat.isSocket() ? 'it is a socket, not a regular file' : specialFileReason(stat);
    return special ? special.replace(/^it is /, '').replace(/, so it is never read$/, '') : 'permission denied';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message;
  }
}

if (!isMainThread && workerData?.waPolicyWorker) {
  // A load failure of the code parsers is reported once, by the main thread.
  if (workerData.warm) serveWarmWorker(workerData.waPolicyWorker as LintSetup, parentPort!);
  else
    serveWorker(
      workerData.waPolicyWorker as LintSetup,
      parentPort!,
      loadCodeParsers().catch(() => undefined),
    );
} else if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output goes nowhere and the run ends with
  // its own exit code, instead of an unhandled EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    workerScript: __filename,
  }).then((code) => (process.exitCode = code));
}
