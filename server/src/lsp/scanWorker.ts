import { fork } from 'node:child_process';
import * as os from 'node:os';
import type { Diagnostic } from 'vscode-languageserver/node';
import { toPath, toUri } from '../model/uri';
import { createFsHost } from '../nodeHost/fsHost';
import { walkFiles } from '../nodeHost/walk';
import { createPolicyService, EDITOR_MAX_FINDINGS, type Finding, type PolicyService } from '../service';
import { toDiagnostic } from './diagnostics';
import { unreadableCheck } from './unreadable';
import { loadCodeParsersOnDemand, withCodeParsersOnDemand } from '../formats/code';

/** What a scan worker reports, file by file. */
export type ScanMessage =
  | { type: 'listed'; total: number }
  | { type: 'file'; uri: string; kind: string | undefined; diagnostics: Diagnostic[]; done: number }
  | { type: 'progress'; done: number }
  | { type: 'done' };

/** Files checked by one background scan at the most. */
const MAX_FILES = 50_000;
/** Checked files whose caches the worker keeps, so a project's model survives while its files are checked. */
const RELEASE_WINDOW = 100;
/** Files between two progress reports when no bot file was among them. */
const PROGRESS_EVERY = 100;

/** Where a scan worker's reports go (the IPC channel to the server in a scan process). */
export interface ScanPort {
  postMessage(m: ScanMessage): void;
}

/** The argument that makes the server bundle a scan process (server.ts). */
export const SCAN_PROCESS_ARG = '--wa-policy-scan';

/**
 * The body of a scan worker: walks the folders and checks every bot file from disk, in its own process
 * (scanInProcess). Edits in the server are not slowed by it, and when it exits all of its memory goes
 * back to the system: V8's heaps, and also the malloc arenas and compiled code that a worker thread
 * leaves in the server's process after it ends.
 */
export async function runScanWorker(folders: string[], port: ScanPort, locale = 'en'): Promise<void> {
  // The code parsers (tree-sitter wasm, ~20 MB) are loaded when a file first looks like a bot in code.
  loadCodeParsersOnDemand(
    () => undefined,
    () => undefined,
  );
  const host = createFsHost();
  const service = createPolicyService({ host, locale, maxFindingsPerFile: EDITOR_MAX_FINDINGS });
  const kept: string[] = [];
  const release = (uri: string) => {
    service.release(uri);
    host.drop(uri);
  };
  const candidates: string[] = [];
  const unreadable = unreadableCheck(
    () => folders,
    () => locale,
  );
  // A dangling link, a link out of the folder, a folder that cannot be listed: what the CLI reports.
  const onSkipped = (abs: string, why: string) => {
    const f = unreadable(toUri(abs), why)!;
    const diagnostics = [toDiagnostic(f, -1)];
    port.postMessage({ type: 'file', uri: f.uri, kind: 'unreadable', diagnostics, done: 1 } satisfies ScanMessage);
  };
  for (const folder of folders)
    for (const p of walkFiles(toPath(folder), { onSkipped }))
      if (candidates.length < MAX_FILES) candidates.push(toUri(p));
  port.postMessage({ type: 'listed', total: candidates.length } satisfies ScanMessage);
  for (const [i, uri] of candidates.entries()) {
    const { kind, diagnostics } = await withCodeParsersOnDemand(
      () => check(service, uri, (u) => (host.readFile(u) === undefined ? unreadable(u) : undefined)),
      () => service.invalidate(uri),
    );
    // Only bot files are reported one by one (the main thread queues every message until it reads it).
    if (kind) port.postMessage({ type: 'file', uri, kind, diagnostics, done: i + 1 } satisfies ScanMessage);
    else if ((i + 1) % PROGRESS_EVERY === 0) port.postMessage({ type: 'progress', done: i + 1 } satisfies ScanMessage);
    kept.push(uri);
    while (kept.length > RELEASE_WINDOW) release(kept.shift()!);
  }
  port.postMessage({ type: 'done' } satisfies ScanMessage);
}

/** A file's format and, for a bot file, its diagnostics (none when the check failed); `unreadable` as the CLI says. */
function check(
  service: PolicyService,
  uri: string,
  unreadable: (uri: string) => Finding | undefined,
): { kind: string | undefined; diagnostics: Diagnostic[] } {
  try {
    const kind = service.kindOf(uri);
    const result = kind ? service.lint(uri) : undefined;
    // As the CLI: a file that cannot be read is unreadable whatever its format (content detection cannot see it).
    const cannot = !result && unreadable(uri);
    if (cannot) return { kind: 'unreadable', diagnostics: [toDiagnostic(cannot, -1)] };
    return { kind, diagnostics: (result?.findings ?? []).map((f) => toDiagnostic(f, -1)) };
  } catch (e) {
    process.stderr.write(`wa-policy: failed to check ${uri}: ${(e as Error).message}\n`);
    return { kind: undefined, diagnostics: [] };
  }
}

/**
 * Starts a scan process on `script` (the server bundle, with the server's V8 flags but no inspector); resolves
 * when it is done, or at once when cancelled. Its stdout is not the server's (that may be the LSP stream).
 */
export function scanInWorker(
  script: string,
  folders: string[],
  locale: string,
  onMessage: (m: ScanMessage) => void,
  cancelled: () => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const execArgv = process.execArgv.filter((a) => !/^--(inspect|debug)/.test(a));
    const child = fork(script, [SCAN_PROCESS_ARG], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    lowerPriority(child.pid);
    let settled = false;
    const finish = (e?: Error) => {
      clearInterval(poll);
      if (settled) return;
      settled = true;
      if (e) reject(e);
      else resolve();
    };
    // Cancelled: resolved at once (the process is killed; it may take a moment to exit).
    const poll = setInterval(() => cancelled() && (child.kill(), finish()), 100);
    // Reports already in the channel when the scan is cancelled are dropped: nothing is published after it.
    child.on('message', (m: ScanMessage) => {
      if (settled || cancelled()) return void child.kill();
      onMessage(m);
      if (m.type === 'done') child.kill();
    });
    child.on('error', finish);
    child.on('exit', () => finish());
    child.send({ folders, locale });
  });
}

/**
 * The scan is background work: its process runs below normal priority (nice 10; below normal on Windows), so that on
 * a busy machine the server's threads (an opened document's lint, hovers) get the cores first. On an idle core it
 * runs at full speed. On Linux this lowers the process's main thread, the one that checks the files.
 */
const SCAN_NICE = 10;

function lowerPriority(pid: number | undefined): void {
  try {
    if (pid) os.setPriority(pid, SCAN_NICE);
  } catch {
    // not permitted, or the process is gone: it runs at normal priority
  }
}

/** The body of a scan process: scans the folders the server sends, reports over IPC, exits when done or orphaned. */
export function serveScanProcess(): void {
  process.on('disconnect', () => process.exit(0));
  process.once('message', (m: { folders: string[]; locale?: string }) => {
    // Exits once the last report (`done`) has been written to the channel.
    let sent = Promise.resolve();
    const port: ScanPort = { postMessage: (msg) => (sent = new Promise((r) => process.send!(msg, () => r()))) };
    void runScanWorker(m.folders, port, m.locale).then(
      () => sent.then(() => process.exit(0)),
      (e: Error) => {
        process.stderr.write(`wa-policy: workspace scan failed: ${e.message}\n`);
        process.exit(1);
      },
    );
  });
}
