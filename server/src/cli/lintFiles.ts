import { lowPriorityWorker } from '../nodeHost/lowPriorityWorker';
import * as fs from 'node:fs';
import * as os from 'node:os';
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
  /** It has prepared the analysis (it said so with READY). */
  ready: boolean;
  /**
   * Its thread runs at the lowest priority (nice 19, Linux): it takes only what the machine leaves idle, so it does not
   * slow the walk and the cache check; once this thread waits for it, it is watched for starvation (`checkOnWarm`).
   */
  niced: boolean;
  /** Its thread's id (Linux, sent by the worker before it loads the bundle): its CPU time is read from /proc. */
  tid?: number;
  /** `performance.now()` when it was started. */
  startedAt: number;
}

/**
 * With a cache file, a worker prepares the analysis while the tree is walked and the cache checked. On Linux with
 * more than one core it always starts, at the lowest priority of its own thread (nice 19): it takes only idle CPU,
 * so a run that finds everything in its cache is not slowed, and a run with a changed file finds the analysis
 * ready, or checks the file itself when the worker got no CPU (`checkOnWarm`). Elsewhere (a process-wide priority)
 * it starts only when a core is idle, as `make -l`, by the load average. WA_POLICY_WARM_WORKER=1 or 0 decides instead.
 */
export function warmWorkerFor(
  setup: LintSetup,
  script: string | undefined,
  workers: number | undefined,
  env: NodeJS.ProcessEnv,
): WarmWorker | undefined {
  const forced = env.WA_POLICY_WARM_WORKER;
  if (!script || workers === 1 || forced === '0') return undefined;
  const cores = os.availableParallelism();
  const niced = process.platform === 'linux' && cores > 1;
  const start = forced === '1' || niced || os.loadavg()[0] < cores - 1;
  return start ? startWarmWorker(setup, script, niced) : undefined;
}

/** What a warm worker posts once the analysis is prepared (before any batch's results, which are arrays). */
const READY = 'wa-policy:warm-ready';

/** Starts a warm worker on `script` (the CLI bundle); its code parsers load only when a file needs them. */
export function startWarmWorker(setup: LintSetup, script: string, niced = false): WarmWorker {
  const workerData = { waPolicyWorker: setup, warm: true };
  const worker = niced ? lowPriorityWorker(script, { workerData }, 19, true) : new Worker(script, { workerData });
  worker.unref();
  const warm: WarmWorker = { worker, exited: false, ready: false, niced, startedAt: performance.now() };
  worker
    .on('error', () => undefined)
    .on('exit', () => (warm.exited = true))
    .on('message', (m: unknown) => {
      if (m === READY) warm.ready = true;
      else if (m && typeof m === 'object' && typeof (m as { tid?: unknown }).tid === 'number')
        warm.tid = (m as { tid: number }).tid;
    });
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
  port.postMessage(READY);
  port.on('message', (batch: string[]) => void checkOnDemand(batch, check).then((out) => port.postMessage(out)));
}

/**
 * The files the cache could not answer, on a niced warm worker: one batch is checked there (its analysis is ready,
 * or it gets a core while this thread waits); a larger run goes to workers at normal priority. Undefined: the
 * worker was ended (too many files, or starved) and the caller checks the files.
 */
export async function checkOnNiced(files: string[], warm: WarmWorker, workers: number): Promise<Checked[] | undefined> {
  if (files.length <= BATCH && workers <= 1) return checkOnWarm(files, warm);
  void warm.worker.terminate();
  return undefined;
}

/** CPU time (ms) of a thread of this process, from /proc (clock ticks of 10 ms); undefined when it cannot be read. */
export function threadCpuMs(tid: number | undefined): number | undefined {
  if (tid === undefined) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is the first, utime and stime the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The least share of a core a niced warm worker must have had until the files are handed over, if not ready. */
const EARLY_SHARE = 0.4;
/** How often a niced warm worker's progress is read, and how many slow readings in a row give it up. */
const WATCH_MS = 100;
const STARVED_READINGS = 3;
/**
 * The niced worker is starved when its share of a core over a reading is under half of what this thread got since
 * the process started (its CPU time over its wall time: what it would get checking the files itself), or under 30%
 * of a core when that cannot be read. With autogroup scheduling (Linux desktops) a thread's nice value counts only
 * against the threads of its own session, so a niced worker whose main thread waits gets what the main thread got.
 */
function starvedShare(): number {
  const main = threadCpuMs(process.pid);
  return main === undefined ? 0.3 : Math.max(0.05, (0.5 * main) / Math.max(1, performance.now()));
}

/**
 * Checks `files` (one batch at most) on a niced warm worker, and resolves to undefined when it gets too little CPU
 * to be worth waiting for (three readings in a row of the worker thread's CPU time under `starvedShare`: every
 * core busy with work at normal priority) or ends: the caller then checks the files on this thread, at normal
 * priority. While this thread waits, its own core is free for the worker, so on a machine with a core to spare it is
 * not given up. `cpuMs` reads the worker's CPU time (undefined: unknown, and the worker is given up unless its
 * analysis is ready).
 */
export async function checkOnWarm(
  files: string[],
  warm: WarmWorker,
  cpuMs: () => number | undefined = () => threadCpuMs(warm.tid),
): Promise<Checked[] | undefined> {
  // The worker's messages so far (its thread id, READY) are delivered once this thread's event loop turns: the walk and
  // the cache check before this were synchronous.
  await new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const { worker } = warm;
    let last = cpuMs();
    let lastAt = performance.now();
    let slow = 0;
    let settled = false;
    const starved = starvedShare();
    const done = (out: Checked[] | undefined) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      worker.off('message', onMessage).off('exit', onExit);
      // Its one batch is done, or it is given up: either way it has nothing more to do.
      void worker.terminate();
      resolve(out);
    };
    const onMessage = (m: unknown) => {
      if (Array.isArray(m)) done(m as Checked[]);
    };
    const onExit = () => done(undefined);
    const timer = setInterval(() => {
      const now = performance.now();
      const t = cpuMs();
      if (t === undefined || last === undefined) slow = warm.ready ? 0 : STARVED_READINGS;
      else slow = (t - last) / Math.max(1, now - lastAt) < starved ? slow + 1 : 0;
      [last, lastAt] = [t, now];
      if (slow >= STARVED_READINGS) done(undefined);
    }, WATCH_MS);
    worker.on('message', onMessage).on('exit', onExit);
    worker.ref();
    // Not ready yet: worth waiting for only if it got at least 40% of a core while this thread walked the tree (a core
    // was idle for it); otherwise it is given up at once, before anything is lost waiting.
    const behind = !warm.ready && (last === undefined || last < EARLY_SHARE * (performance.now() - warm.startedAt));
    if (warm.exited || behind) done(undefined);
    else worker.postMessage(files);
  });
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
      worker.on('message', (results: Checked[] | typeof READY) => {
        if (!Array.isArray(results)) return; // a warm worker's READY or thread id
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
