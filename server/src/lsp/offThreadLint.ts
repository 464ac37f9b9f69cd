import { heapInUseMb } from './heapInUse';
import { lowPriorityWorker } from '../nodeHost/lowPriorityWorker';
import { parentPort, Worker, type MessagePort } from 'node:worker_threads';
import { portWithCodeParsersOnDemand } from './parsersOnDemand';
import type { Host } from '../model/host';
import { createFsHost } from '../nodeHost/fsHost';
import { createPolicyService, EDITOR_MAX_FINDINGS, type Finding } from '../service';
import type { Diagnostic } from 'vscode-languageserver/node';
import { span } from '../service/phaseTrace';
import { toDiagnostic } from './diagnostics';
import { leavesWorkspace } from './documentsHost';
import { analysisCacheStats, analyzeUncached } from '../analysis';

/**
 * Open documents at least this long (characters) are linted on a worker thread, so that analysing
 * one huge prompt does not hold up hovers, code actions and the lints of other files. The variable
 * WA_POLICY_OFF_THREAD_CHARS changes it (0 turns the worker off).
 */
export const OFF_THREAD_CHARS = Number(process.env.WA_POLICY_OFF_THREAD_CHARS ?? 256 * 1024);

/** A worker with nothing to do for this long exits (its heap and bundle are ~60 MB); the next lint starts another. */
const IDLE_EXIT_MS = Number(process.env.WA_POLICY_WORKER_IDLE_MS ?? 60_000);
/** The same for the worker of closed files: their checks come in bursts (a scan, a checkout), rarely one by one. */
const BACKGROUND_IDLE_EXIT_MS = Math.min(IDLE_EXIT_MS, 10_000);
/**
 * The worker of closed files runs below normal priority (Linux), like the workspace scan (lsp/scanWorker.ts): on a
 * busy machine its cold start and checks leave the cores to an open document's lint; on an idle core it runs fully.
 */
const BACKGROUND_NICE = 10;

/**
 * One lint asked of the worker. `texts` brings the worker's copy of the open documents up to date
 * (null: closed, read from disk again); `invalidate` names files that changed on disk; `deleted` is every open
 * document whose file was deleted on disk, as the main thread holds it (gone even while its buffer is open,
 * until it is edited: lsp/documentsHost.ts). Sent whole each time, so a worker started again after its idle
 * exit or a crash holds what the main thread holds.
 */
interface LintRequest {
  id: number;
  uri: string;
  version: number;
  locale: string;
  texts: [string, string | null][];
  invalidate: string[];
  deleted: string[];
  /** The workspace folders: a file that leads out of them is not read (lsp/documentsHost.ts leavesWorkspace). */
  folders: string[];
}

/**
 * Findings and diagnostics travel as JSON text: a string is copied as one block, and JSON.parse is far
 * cheaper on the main thread than rebuilding tens of thousands of objects from a structured clone.
 */
type LintReply =
  | {
      id: number;
      findings: string;
      diagnostics: string;
      projectFiles: string[];
      ms: number;
      heapMb: number;
      analyses: ReturnType<typeof analysisCacheStats>;
    }
  | { id: number; error: string };
/** Sent once when a new worker has loaded and prepared its analysis (the end of its cold start). */
type ReadyMessage = { id: -1; ready: true };

/**
 * A short prompt a new worker analyses before its first request, so that what a first analysis builds is built
 * (the main thread analyses it too once the client is initialized: lsp/register.ts).
 */
export const WARM_UP_PROMPT = 'You are the assistant of a bakery. Answer questions about our cakes and opening hours.';

/** A lint done on the worker: its diagnostics, and its findings parsed when first asked for (hovers, code actions). */
export interface OffThreadResult {
  diagnostics: Diagnostic[];
  findings: () => Finding[];
  /** The files of the linted file's project (the worker built its model, the main thread did not). */
  projectFiles: string[];
  /** How long the lint took on the worker. */
  ms: number;
}

/** The open documents as the off-thread linter needs them. */
export interface OpenTexts {
  uris(): string[];
  get(uri: string): { version: number; getText(): string } | undefined;
}

/** The main thread's view of the disk: which files were deleted, and the workspace (lsp/documentsHost.ts). */
export interface DiskState {
  isDeleted(uri: string): boolean;
  workspaceFolders(): string[];
}

/** A lint waiting for the worker. */
interface Job {
  uri: string;
  version: number;
  locale: string;
  resolve(r: OffThreadResult | undefined): void;
  reject(e: Error): void;
}

/**
 * The main thread's side: one long-lived worker (started on first use) that keeps its own service and
 * a copy of the open documents, sent only when their version changed since the last request. The worker gets
 * one lint at a time from a two-level queue: open documents first, files that are not open after them. The server
 * keeps two (lsp/liveDiagnostics.ts): one for open documents and a `background` one for files that are not open
 * (workspace checks, re-checks after a checkout), so that a document opened during a large check waits for no
 * closed file's lint (one under way cannot be interrupted, and a heavy one takes as long as the document's own).
 */
export class OffThreadLinter {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly replies = new Map<number, (r: LintReply) => void>();
  private readonly openQueue: Job[] = [];
  private readonly closedQueue: Job[] = [];
  /** Lints done, by kind (the server's debug statistics). */
  private readonly done = { open: 0, closed: 0, superseded: 0 };
  /** Version of each open document the worker holds. */
  private readonly sent = new Map<string, number>();
  /** Files changed (or deleted) on disk since the last request. */
  private readonly changedOnDisk = new Set<string>();
  private idle: NodeJS.Timeout | undefined;
  /** The worker's heap (MB) and analysis cache after its last lint, for the server's debug statistics. */
  private heapMb = 0;
  private analyses: ReturnType<typeof analysisCacheStats> | undefined;
  /**
   * The last worker's cold start (thread, bundle, lexicons, a first analysis), from its start: when it was ready,
   * and when its first lint was sent (a start ahead of the lint, `warm`, keeps the cold start off a lint's path).
   */
  private startedAt = 0;
  private coldStart: { readyMs?: number; firstLintMs?: number } = {};

  constructor(
    private readonly script: string,
    private readonly documents: OpenTexts,
    private readonly disk: DiskState,
    private readonly background = false,
  ) {}

  /**
   * Lints `uri` on the worker at the documents' current versions (`version` is the one of `uri`; -1 for a file
   * that is not open, read from disk by the worker). Undefined when the document changed while the lint waited
   * in the queue: a newer version is linted instead, and none is linted for nothing.
   */
  lint(uri: string, version: number, locale: string): Promise<OffThreadResult | undefined> {
    return new Promise((resolve, reject) => {
      (version < 0 ? this.closedQueue : this.openQueue).push({ uri, version, locale, resolve, reject });
      this.next();
    });
  }

  /** Sends the next queued lint when the worker has none: open documents first. */
  private next(): void {
    if (this.replies.size) return;
    let job: Job | undefined;
    while ((job = this.openQueue.shift() ?? this.closedQueue.shift())) {
      if (job.version < 0 || this.documents.get(job.uri)?.version === job.version) break;
      this.done.superseded++;
      job.resolve(undefined);
    }
    if (job) this.send(job);
  }

  /**
   * Starts the worker ahead of its first lint (a document that will be linted there was opened or edited), so
   * that its cold start overlaps what the main thread does meanwhile (a burst of edits) instead of delaying
   * the lint; it stops after IDLE_EXIT_MS when no lint comes.
   */
  warm(): void {
    if (this.worker) return;
    const worker = this.start();
    this.stopWhenIdle(worker);
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Whether the worker has finished its cold start (a lint sent now does not wait for it). */
  get ready(): boolean {
    return this.worker !== undefined && this.coldStart.readyMs !== undefined;
  }

  private send({ uri, version, locale, resolve, reject }: Job): void {
    const id = this.nextId++;
    const started = this.start();
    if (started && this.coldStart.firstLintMs === undefined)
      this.coldStart.firstLintMs = performance.now() - this.startedAt;
    clearTimeout(this.idle);
    const texts = this.changedTexts();
    const invalidate = [...this.changedOnDisk];
    const deleted = this.documents.uris().filter((u) => this.disk.isDeleted(u));
    const folders = this.disk.workspaceFolders();
    const request: LintRequest = { id, uri, version, locale, texts, invalidate, deleted, folders };
    this.changedOnDisk.clear();
    this.replies.set(id, (r) => {
      this.done[version < 0 ? 'closed' : 'open']++;
      if ('error' in r) reject(new Error(r.error));
      else {
        let findings: Finding[] | undefined;
        resolve({
          diagnostics: JSON.parse(r.diagnostics),
          findings: () => (findings ??= JSON.parse(r.findings)),
          projectFiles: r.projectFiles,
          ms: r.ms,
        });
      }
      queueMicrotask(() => this.next());
    });
    started.postMessage(request);
  }

  /** Whether a worker is running, what it holds, its heap after its last lint, its queue and the lints done. */
  stats(): Record<string, unknown> {
    const queued = { open: this.openQueue.length, closed: this.closedQueue.length };
    const heapMb = this.worker ? this.heapMb : 0;
    const analyses = this.worker ? this.analyses : undefined;
    const { readyMs, firstLintMs } = this.coldStart;
    // Of the cold start, what a lint waited for: none when the worker was ready before its first lint was sent.
    const paidMs = readyMs === undefined || firstLintMs === undefined ? undefined : Math.max(0, readyMs - firstLintMs);
    const coldStart = { readyMs, firstLintMs, paidMs };
    return {
      running: !!this.worker,
      documents: this.sent.size,
      heapMb,
      analyses,
      queued,
      lints: { ...this.done },
      coldStart,
    };
  }

  /** A file changed (or was deleted) on disk: the worker forgets it with the next request. */
  fileChanged(uri: string): void {
    this.changedOnDisk.add(uri);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.sent.clear();
    const stopped = new Error('the lint worker was stopped');
    for (const job of [...this.openQueue.splice(0), ...this.closedQueue.splice(0)]) job.reject(stopped);
    for (const [id, reply] of this.replies) reply({ id, error: stopped.message });
    this.replies.clear();
    void worker?.terminate();
  }

  private changedTexts(): [string, string | null][] {
    const out: [string, string | null][] = [];
    const open = new Set(this.documents.uris());
    for (const uri of open) {
      const doc = this.documents.get(uri)!;
      if (this.sent.get(uri) === doc.version) continue;
      this.sent.set(uri, doc.version);
      out.push([uri, doc.getText()]);
    }
    for (const uri of this.sent.keys()) {
      if (open.has(uri)) continue;
      this.sent.delete(uri);
      out.push([uri, null]);
    }
    return out;
  }

  private get idleExitMs(): number {
    return this.background ? BACKGROUND_IDLE_EXIT_MS : IDLE_EXIT_MS;
  }

  private stopWhenIdle(worker: Worker): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.replies.size) return;
      this.worker = undefined;
      this.sent.clear(); // the next worker starts with no documents
      void worker.terminate();
    }, this.idleExitMs);
    this.idle.unref();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const options = { workerData: { waPolicyLint: true } };
    const worker = this.background
      ? lowPriorityWorker(this.script, options, BACKGROUND_NICE)
      : new Worker(this.script, options);
    this.startedAt = performance.now();
    this.coldStart = {};
    worker.unref();
    worker.on('message', (r: LintReply | ReadyMessage) => {
      if ('ready' in r) {
        this.coldStart.readyMs = performance.now() - this.startedAt;
        return;
      }
      const reply = this.replies.get(r.id);
      this.replies.delete(r.id);
      if ('heapMb' in r) [this.heapMb, this.analyses] = [r.heapMb, r.analyses];
      if (!this.replies.size) this.stopWhenIdle(worker);
      reply?.(r);
    });
    const failAll = (why: string) => {
      if (this.worker !== worker) return; // stopped on purpose (idle, disposed)
      this.worker = undefined;
      this.sent.clear(); // a new worker starts with no documents
      for (const [id, reply] of this.replies) reply({ id, error: why });
      this.replies.clear();
    };
    worker.on('error', (e) => failAll(e.message));
    worker.on('exit', (code) => failAll(`the lint worker exited (${code})`));
    this.worker = worker;
    return worker;
  }
}

/** The worker's side: a service over the disk, with the open documents' texts the main thread sent. */
export async function runLintWorker(port: MessagePort = parentPort!): Promise<void> {
  port = portWithCodeParsersOnDemand(port, (req: LintRequest) => service.invalidate(req.uri));
  const disk = createFsHost();
  const open = new Map<string, string>();
  // Deleted on disk while its buffer is open: gone until the buffer changes (as lsp/documentsHost.ts).
  let deleted = new Set<string>();
  let folders: string[] = [];
  const host: Host = {
    readFile: (uri) =>
      deleted.has(uri)
        ? undefined
        : (open.get(uri) ?? (leavesWorkspace(uri, folders, disk) ? undefined : disk.readFile(uri))),
    exists: (uri) => !deleted.has(uri) && (open.has(uri) || (!leavesWorkspace(uri, folders, disk) && disk.exists(uri))),
    readBytes: (uri) => (deleted.has(uri) || leavesWorkspace(uri, folders, disk) ? undefined : disk.readBytes?.(uri)),
    listFiles: (dir, limit) => disk.listFiles(dir, limit),
    realPath: (uri) => disk.realPath?.(uri),
    workspaceFolders: () => folders,
  };
  let locale = 'en';
  const service = createPolicyService({ host, locale: () => locale, maxFindingsPerFile: EDITOR_MAX_FINDINGS });
  // The cold start's last part, before any request: the lexicons and what a first analysis builds.
  analyzeUncached(WARM_UP_PROMPT);
  port.postMessage({ id: -1, ready: true } satisfies ReadyMessage);
  port.on('message', (req: LintRequest) => {
    locale = req.locale;
    folders = req.folders;
    for (const uri of req.invalidate) disk.forget(uri);
    for (const [uri, text] of req.texts) {
      if (text === null) open.delete(uri);
      else open.set(uri, text);
    }
    const nowDeleted = new Set(req.deleted);
    const flipped = [...deleted, ...nowDeleted].filter((u) => deleted.has(u) !== nowDeleted.has(u));
    deleted = nowDeleted;
    for (const uri of new Set([...req.invalidate, ...req.texts.map(([u]) => u), ...flipped])) service.invalidate(uri);
    try {
      const t0 = performance.now();
      const findings = service.lint(req.uri)?.findings ?? [];
      const ms = performance.now() - t0;
      const [found, diagnostics] = span(req.uri, 'serialise', () => [
        JSON.stringify(findings),
        JSON.stringify(findings.map((f, i) => toDiagnostic(f, req.version, i))),
      ]);
      const reply = {
        id: req.id,
        findings: found,
        diagnostics,
        projectFiles: service.projectFiles(req.uri),
        ms,
        heapMb: heapInUseMb(),
        analyses: analysisCacheStats(),
      };
      port.postMessage(reply satisfies LintReply);
    } catch (e) {
      port.postMessage({ id: req.id, error: String((e as Error).stack ?? e) } satisfies LintReply);
    }
  });
}
