import { Worker } from 'node:worker_threads';
import { toPath, toUri } from '../model/uri';
import { createFsHost } from '../nodeHost/fsHost';
import { inFolders } from './runFolders';
import { createPolicyService, type PolicyService } from '../service';
import type { Level } from '../model/config';
import type { Host } from '../model/host';
import { recordingHost, type CachedResult } from './cache';
import { loadCodeParsersOnDemand, withCodeParsersOnDemand } from '../formats/code';
import { analyzeUncached } from '../analysis';

/** One checked file: its result, and the files it was computed from when recording for the cache. */
export interface Checked extends CachedResult {
  abs: string;
  deps?: Parameters<import('./cache').ResultCache['set']>[2];
  /** The file exists but could not be read. */
  unreadable?: boolean;
}

export interface LintSetup {
  configUri?: string;
  ruleOverrides?: Record<string, Level>;
  /** Note each file's dependencies (for --cache). */
  record: boolean;
  /** Catalog locale of the findings' texts. */
  locale?: string;
  /** The folders the run may read in (the working directory and each folder named): Host.workspaceFolders. */
  folders?: string[];
  /**
   * The output shows fixes (SARIF). Otherwise the findings leave the checker without them: a worker's message and a
   * cache entry copy every property, which would compute each fix's edits (a handoff fix of a large export, its
   * insertion) for nothing.
   */
  fixEdits?: boolean;
}

/** Files handed to a worker at a time: contiguous, so files of one project mostly land together. */
const BATCH = 64;

/** A checker for one thread: its own host and service, reused across files. */
export function createChecker(setup: LintSetup, fsHost: Host = createFsHost()): (abs: string) => Checked {
  const host = setup.folders ? inFolders(fsHost, setup.folders) : fsHost;
  const recorder = setup.record ? recordingHost(host, toPath) : undefined;
  const service: PolicyService = createPolicyService({
    host: recorder ?? host,
    configUri: setup.configUri,
    ruleOverrides: setup.ruleOverrides,
    locale: setup.locale,
  });
  return (abs) => {
    const uri = toUri(abs);
    const kind = service.kindOf(uri) ?? null;
    const result = kind ? service.lint(uri) : undefined;
    // A listed file that cannot be read is unreadable whatever its format (an unreadable n8n export cannot be detected).
    const unreadable = kind ? !result : host.readFile(uri) === undefined;
    const findings = result?.findings ?? [];
    const shown = setup.fixEdits ? findings : findings.map((f) => (f.fixes.length ? { ...f, fixes: [] } : f));
    const checked: Checked = { abs, kind, findings: shown, unreadable };
    if (recorder) checked.deps = recorder.take();
    return checked;
  };
}

/**
 * Checks files on this thread, with the code parsers loaded only once a file looks like a bot in code
 * (`loadCodeParsersOnDemand` was called): a re-run that checks one changed prompt never loads them.
 */
export async function checkHere(files: string[], setup: LintSetup): Promise<Checked[]> {
  return checkOnDemand(files, createChecker(setup));
}

/**
 * A worker started before it is known whether any file must be checked (a run with a cache file): it loads the
 * bundle and prepares the analysis (the phrase matcher, the classifier: most of the cost of a first prompt) while
 * this thread walks the tree and checks the cache, and then checks the files the cache could not answer.
 */
export interface WarmWorker {
  worker: Worker;
  /** It ended (failed to start, crashed): the files go to a new worker instead. */
  exited: boolean;
}

/** Starts a warm worker on `script` (the CLI bundle); its code parsers load only when a file needs them. */
export function startWarmWorker(setup: LintSetup, script: string): WarmWorker {
  const worker = new Worker(script, { workerData: { waPolicyWorker: setup, warm: true } });
  worker.unref();
  const warm = { worker, exited: false };
  worker.on('error', () => undefined).on('exit', () => (warm.exited = true));
  return warm;
}

/** A short prompt analysed once by a warm worker, so that what the first analysis builds is built. */
const WARM_UP_PROMPT = 'You are the assistant of a bakery. Answer questions about our cakes and opening hours.';

/** The body of a warm worker: prepares the analysis, then checks each batch with the parsers on demand. */
export function serveWarmWorker(setup: LintSetup, port: import('node:worker_threads').MessagePort): void {
  // A load failure of the code parsers is reported once, by the main thread.
  loadCodeParsersOnDemand(
    () => undefined,
    () => undefined,
  );
  analyzeUncached(WARM_UP_PROMPT);
  const check = createChecker(setup);
  port.on('message', (batch: string[]) => void checkOnDemand(batch, check).then((out) => port.postMessage(out)));
}

async function checkOnDemand(files: string[], check: (abs: string) => Checked): Promise<Checked[]> {
  const out: Checked[] = [];
  // What a file's check read without the parsers is read again: it did not detect a format it could not parse.
  for (const abs of files)
    out.push(
      await withCodeParsersOnDemand(
        () => check(abs),
        () => undefined,
      ),
    );
  return out;
}

/** Checks files on `workers` threads running `script` (the CLI bundle); results come back in input order. */
export async function checkInWorkers(
  files: string[],
  setup: LintSetup,
  script: string,
  workers: number,
  warm?: WarmWorker,
): Promise<Checked[]> {
  const out = new Map<string, Checked>();
  let next = 0;
  let first = warm && !warm.exited ? warm.worker : undefined;
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = first ?? new Worker(script, { workerData: { waPolicyWorker: setup } });
      worker.ref();
      first = undefined;
      const feed = () => {
        const batch = files.slice(next, next + BATCH);
        next += batch.length;
        if (batch.length) worker.postMessage(batch);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (results: Checked[]) => {
        for (const r of results) out.set(r.abs, r);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        next >= files.length ? resolve() : reject(new Error(`worker exited with code ${code}`)),
      );
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(files.length / BATCH)) }, runOne));
  return files.map((f) => out.get(f)!);
}

/** The body of a worker thread: check each batch of files it is sent. */
export function serveWorker(
  setup: LintSetup,
  port: import('node:worker_threads').MessagePort,
  ready: Promise<unknown> = Promise.resolve(),
): void {
  const check = createChecker(setup);
  // Batches are checked once `ready` (the code parsers) has settled, in the order they came.
  port.on('message', (batch: string[]) => void ready.then(() => port.postMessage(batch.map(check))));
}
