/**
 * Opt-in timings of where a lint's time goes, for the bench (`WA_POLICY_TRACE_PHASES=1` in the server's
 * environment). Off, each call is one check of a module constant. On, every thread that loads this module
 * writes to stderr, one line each:
 * - per lint: `wa-policy-trace {"uri","start","ms","parse","analysis","rules","findings"}` — exclusive times
 *   (analysis runs inside rules and is not counted twice);
 * - per step after the lint (`span`): `wa-policy-trace {"uri","start","serialise"|"publish"}`;
 * - per garbage collection of the thread: `wa-policy-trace {"gc":"minor"|"major"|…,"start","ms"}`.
 * Times are milliseconds; `start` is on the epoch clock (`performance.timeOrigin + performance.now()`), the same
 * in every thread and process, so the bench can put each line in the edit whose didChange → publish it falls in.
 */
export type Phase = 'parse' | 'analysis' | 'rules' | 'findings' | 'serialise' | 'publish';

const env = typeof process === 'object' ? process.env : {};
const toStderr = (o: object) => void process.stderr.write(`wa-policy-trace ${JSON.stringify(o)}\n`);
/** Where the timings go: stderr when the environment asks for them, nowhere otherwise. */
let write: ((line: object) => void) | undefined = env.WA_POLICY_TRACE_PHASES === '1' ? toStderr : undefined;

/** Sends the timings of the lints that follow to `sink` (tests), or stops them (undefined). */
export function traceTo(sink: ((line: object) => void) | undefined): void {
  write = sink;
}

const epoch = () => performance.timeOrigin + performance.now();

let record: Record<string, number> | undefined;
const open: string[] = [];

/** Runs `f` as `name` of the current lint (its time minus the phases nested in it). */
export function phase<T>(name: Phase, f: () => T): T {
  if (!record) return f();
  const t = performance.now();
  open.push(name);
  try {
    return f();
  } finally {
    open.pop();
    const ms = performance.now() - t;
    record[name] = (record[name] ?? 0) + ms;
    const parent = open[open.length - 1];
    if (parent) record[parent] = (record[parent] ?? 0) - ms;
  }
}

/** Runs one lint of `uri`, recording its phases when tracing. */
export function tracedLint<T>(uri: string, f: () => T): T {
  if (!write || record) return f();
  const start = epoch();
  const t = performance.now();
  record = {};
  try {
    return f();
  } finally {
    const phases = record;
    record = undefined;
    open.length = 0;
    write?.({ uri, start, ms: performance.now() - t, ...phases });
  }
}

/** Runs a step that follows a lint (turning findings into diagnostics, sending them) and records its time. */
export function span<T>(uri: string, name: Phase, f: () => T): T {
  if (!write) return f();
  const start = epoch();
  const t = performance.now();
  try {
    return f();
  } finally {
    write?.({ uri, start, [name]: performance.now() - t });
  }
}

// perf_hooks' constants.NODE_PERFORMANCE_GC_*
const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weakcb' };

if (write && typeof PerformanceObserver === 'function') {
  const origin = performance.timeOrigin;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      write?.({ gc: GC_KINDS[kind] ?? 'other', start: origin + e.startTime, ms: e.duration });
    }
  }).observe({ entryTypes: ['gc'] });
}
