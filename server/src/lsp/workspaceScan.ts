import { createHash } from 'node:crypto';
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver/node';
import { codeParsersLoading, loadCodeParsers } from '../formats/code';
import { toPath, toUri } from '../model/uri';
import { walkFiles } from '../nodeHost/walk';
import { StatusNotification, type StatusCounts } from '../protocol';
import type { Finding, PolicyService } from '../service';
import { toDiagnostic } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { Scheduler } from './scheduler';
import { scanInWorker, type ScanMessage } from './scanWorker';
import { smallWorkspace } from './smallWorkspace';
import type { OffThreadResult } from './offThreadLint';
import type { UnreadableCheck } from './unreadable';

/** Lints of files that are not open on the lint worker, for those whose lint is long work (lsp/liveDiagnostics.ts). */
export interface ClosedFileLinter {
  heavy(uri: string): boolean;
  lint(uri: string): Promise<OffThreadResult | undefined>;
}

/** Files checked by one background scan at the most. */
const MAX_FILES = 50_000;
/**
 * Checked files whose caches are still kept. Files of a project are next to each other in walk order,
 * so the project's model survives while its files are checked, and memory stays bounded.
 */
const RELEASE_WINDOW = 100;

/**
 * Checks the bot files of the workspace that are not open, so that the Problems panel lists
 * them, and keeps them current from file-watch events. Open documents are the editor's business.
 * Per closed file only its finding counts and a fingerprint of its last diagnostics are kept:
 * the service's caches for it are released once it has been checked.
 */
export class WorkspaceScanner {
  private readonly files = new Set<string>();
  private readonly counts = new Map<string, [number, number, number]>();
  private readonly fingerprints = new Map<string, string>();
  private readonly kept: string[] = [];
  private statusTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  /** Checks under way on the lint worker, and whether the file was asked for again meanwhile. */
  private readonly onWorker = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(
    private readonly connection: Connection,
    private readonly service: PolicyService,
    private readonly documents: OpenDocuments,
    private readonly scheduler: Scheduler,
    private readonly release: (uri: string) => void,
    /** The `input/unreadable` finding of a workspace file that cannot be read from disk (lsp/unreadable.ts). */
    readonly unreadable: UnreadableCheck,
    /** The server bundle, to scan in a child process; without it, or for a small workspace, the scan runs in slices on this thread. */
    private readonly workerScript?: string,
    /** Without it every check of a file that is not open runs on this thread. */
    private readonly closedFiles?: ClosedFileLinter,
  ) {}

  /** Walks the folders (honouring .gitignore) and checks every bot file in the background; one scan at a time. */
  scan(folders: string[], token?: CancellationToken): Promise<void> {
    this.scanning ??= this.run(folders, token).finally(() => {
      this.scanning = undefined;
      this.releaseAll();
      this.scheduleStatus();
    });
    return this.scanning;
  }

  private async run(folders: string[], token: CancellationToken | undefined): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('wa-policy: scanning workspace', 0, 'listing files', true);
    const cancelled = () => !!token?.isCancellationRequested || !!progress?.token.isCancellationRequested;
    const report = (m: string, pct: number) => progress?.report(pct, m);
    // A scan process pays a cold start; a small workspace is scanned here, in slices, in less time than that.
    if (this.workerScript && !smallWorkspace(folders)) {
      let total = 0;
      await scanInWorker(
        this.workerScript,
        folders,
        this.service.locale(),
        (m) => this.fromWorker(m, (t) => (total = t), total, report),
        cancelled,
      ).catch((e) => this.connection.console.error(`wa-policy: workspace scan failed: ${(e as Error).message}`));
    } else await this.scanHere(folders, cancelled, report);
    progress?.done();
  }

  /**
   * The scan on this thread, in slices. A file that asks for the code parsers (a bot in code, a Rasa project with
   * custom actions, Twilio Functions) stops the slices until they are loaded and is then checked again, as the scan
   * process and the CLI do: what it read without them is not published.
   */
  private async scanHere(
    folders: string[],
    cancelled: () => boolean,
    report: (message: string, pct: number) => void,
  ): Promise<void> {
    const candidates = await this.slices<string[]>((done) => this.listing(folders, cancelled, report, done));
    for (let from = 0; from < candidates.length && !cancelled();) {
      const stop = await this.slices<number>((done) => this.steps(candidates, from, cancelled, report, done));
      if (stop >= candidates.length) break;
      await loadCodeParsers().catch(() => undefined);
      this.service.invalidate(candidates[stop]);
      from = stop;
    }
    // Projects and large files went to the lint worker: the scan is over when their findings are published (or
    // when it is cancelled: the answer to a cancelled scan does not wait for a long lint).
    let poll: NodeJS.Timeout | undefined;
    const cancel = new Promise<void>((r) => (poll = setInterval(() => cancelled() && r(), 100)));
    try {
      while (this.onWorker.size && !cancelled())
        await Promise.race([cancel, Promise.all([...this.onWorker.values()].map((s) => s.done))]);
    } finally {
      clearInterval(poll);
    }
  }

  /** Runs `steps` in the scheduler's background slices; its result. */
  private slices<T>(steps: (done: (result: T) => void) => Generator<void>): Promise<T> {
    return new Promise<T>((done) => this.scheduler.stream(steps(done)));
  }

  /** A scan worker's report: publish what it found for files that are not open (open ones are the editor's). */
  private fromWorker(
    m: ScanMessage,
    setTotal: (n: number) => void,
    total: number,
    report: (m: string, pct: number) => void,
  ): void {
    if (m.type === 'listed') setTotal(m.total);
    if (m.type !== 'file' && m.type !== 'progress') return;
    if (m.type === 'file' && m.kind) {
      this.files.add(m.uri);
      if (!this.documents.get(m.uri)) {
        this.counts.set(m.uri, tallyDiagnostics(m.diagnostics));
        this.publish(m.uri, m.diagnostics);
      }
    }
    if (m.done % 100 === 0) {
      report(`${m.done}/${total} files`, Math.round((m.done / Math.max(1, total)) * 100));
      this.scheduleStatus();
    }
  }

  private *listing(
    folders: string[],
    cancelled: () => boolean,
    report: (message: string, pct: number) => void,
    done: (candidates: string[]) => void,
  ): Generator<void> {
    const candidates: string[] = [];
    try {
      for (const folder of folders) {
        const onSkipped = (abs: string, why: string) => this.checkUnreadable(toUri(abs), why);
        for (const p of walkFiles(toPath(folder), { onSkipped })) {
          if (candidates.length >= MAX_FILES || cancelled()) break;
          candidates.push(toUri(p));
          if (candidates.length % 500 === 0) {
            report(`listing files (${candidates.length})`, 0);
            yield;
          }
        }
      }
    } finally {
      done(candidates);
    }
  }

  /** Checks `candidates` from `from` on; ends with the index of a file that waits for the code parsers, or the length. */
  private *steps(
    candidates: string[],
    from: number,
    cancelled: () => boolean,
    report: (message: string, pct: number) => void,
    done: (stop: number) => void,
  ): Generator<void> {
    let i = from;
    try {
      for (; i < candidates.length && !cancelled(); i++) {
        const uri = candidates[i];
        const kind = this.service.kindOf(uri);
        if (codeParsersLoading()) return;
        if (kind) {
          this.files.add(uri);
          if (!this.documents.get(uri) && this.check(uri) === 'parsers') return;
        } else if (!this.checkUnreadable(uri)) this.release(uri);
        if (i % 100 === 99) {
          report(`${i + 1}/${candidates.length} files`, Math.round(((i + 1) / candidates.length) * 100));
          this.scheduleStatus();
        }
        yield;
      }
      i = candidates.length;
    } finally {
      done(i);
    }
  }

  /** A file changed on disk (or was created or deleted): re-check it and what depends on it, in the background. */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) {
      this.files.delete(uri);
      this.scheduler.cancel(uri);
      this.publish(uri, []);
    } else if (this.service.kindOf(uri) || this.unreadable(uri)) {
      this.files.add(uri);
    }
    const targets = deleted ? [] : [uri];
    targets.push(...this.service.dependents(uri, this.files));
    for (const t of targets) if (this.files.has(t)) this.checkLater(t);
    this.scheduleStatus();
  }

  /** An editor closed a document: show its on-disk state again if it is a workspace bot file. */
  closed(uri: string): boolean {
    if (!this.files.has(uri)) return false;
    this.fingerprints.delete(uri);
    this.checkLater(uri);
    return true;
  }

  /** Findings published by the editor path for an open document, for the status counts. */
  record(uri: string, findings: Finding[]): void {
    this.counts.set(uri, tally(findings));
    this.scheduler.cancel(uri);
    this.scheduleStatus();
  }

  /** The same, from the diagnostics of a lint done on the worker (lsp/offThreadLint.ts). */
  recordDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
    this.counts.set(uri, tallyDiagnostics(diagnostics));
    this.scheduler.cancel(uri);
    this.scheduleStatus();
  }

  /** Sizes of what the scanner keeps (the server's debug statistics). */
  stats(): { files: number; counts: number; fingerprints: number; onWorker: number } {
    const { files, counts, fingerprints, onWorker } = this;
    return { files: files.size, counts: counts.size, fingerprints: fingerprints.size, onWorker: onWorker.size };
  }

  /** Queues a check of a file that is not open (replacing a queued one). */
  checkLater(uri: string): void {
    this.scheduler.later(uri, () => {
      if (this.documents.get(uri) || this.check(uri) !== 'parsers') return;
      // Read while the code parsers load: checked again once they are there (nothing was published).
      void loadCodeParsers()
        .catch(() => undefined)
        .then(() => {
          this.service.invalidate(uri);
          this.checkLater(uri);
        });
    });
  }

  /** Checks a file that is not open; `parsers` when it was read while the code parsers load (nothing published). */
  private check(uri: string): 'parsers' | undefined {
    if (this.checkUnreadable(uri)) return undefined;
    if (!this.closedFiles?.heavy(uri)) return this.checkHere(uri);
    this.checkOnWorker(uri, this.closedFiles);
    return undefined;
  }

  private checkHere(uri: string): 'parsers' | undefined {
    let findings: Finding[] = [];
    try {
      findings = this.service.lint(uri)?.findings ?? [];
    } catch (e) {
      this.connection.console.error(`wa-policy: failed to check ${uri}: ${(e as Error).message}`);
    }
    if (codeParsersLoading()) return 'parsers';
    this.counts.set(uri, tally(findings));
    this.publish(
      uri,
      findings.map((f) => toDiagnostic(f, -1)),
    );
    this.kept.push(uri);
    while (this.kept.length > RELEASE_WINDOW) this.release(this.kept.shift()!);
    return undefined;
  }

  /**
   * A large file (or one of a large project) is checked on the lint worker, so this thread keeps answering.
   * One check per file at a time; a request meanwhile (the file changed again) checks it once more afterwards.
   * If the worker fails, the file is checked on this thread.
   */
  private checkOnWorker(uri: string, linter: ClosedFileLinter): void {
    const running = this.onWorker.get(uri);
    if (running) return void (running.again = true);
    const state = { again: false, done: Promise.resolve() };
    this.onWorker.set(uri, state);
    const done = (diagnostics: Diagnostic[] | undefined) => {
      this.onWorker.delete(uri);
      if (state.again) return this.checkLater(uri);
      if (this.documents.get(uri)) return;
      if (!diagnostics) return void this.checkHere(uri); // the worker failed: check it here after all
      this.counts.set(uri, tallyDiagnostics(diagnostics));
      this.publish(uri, diagnostics);
      this.scheduleStatus();
    };
    state.done = linter.lint(uri).then(
      (r) => done(r?.diagnostics),
      (e: Error) => {
        this.connection.console.error(`wa-policy: the lint worker failed on ${uri}: ${e.message}`);
        done(undefined);
      },
    );
  }

  /** Publishes `input/unreadable` for a file that cannot be read from disk (as the CLI does); whether it is one. */
  private checkUnreadable(uri: string, why?: string): boolean {
    const finding = this.unreadable(uri, why);
    if (!finding) return false;
    this.files.add(uri);
    if (this.documents.get(uri)) return true;
    this.counts.set(uri, tally([finding]));
    this.publish(uri, [toDiagnostic(finding, -1)]);
    this.scheduleStatus();
    return true;
  }

  /** Frees the caches of every checked file (the end of a scan). */
  private releaseAll(): void {
    for (const uri of this.kept.splice(0)) this.release(uri);
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    const key = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (this.fingerprints.get(uri) === key) return;
    this.fingerprints.set(uri, key);
    if (!diagnostics.length) this.counts.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private scheduleStatus(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      const status: StatusCounts = {
        files: this.files.size,
        errors: 0,
        warnings: 0,
        infos: 0,
        scanning: !!this.scanning,
      };
      for (const [e, w, i] of this.counts.values()) {
        status.errors += e;
        status.warnings += w;
        status.infos += i;
      }
      void this.connection.sendNotification(StatusNotification.method, status);
    }, 150);
  }
}

function tallyDiagnostics(diagnostics: Diagnostic[]): [number, number, number] {
  const t: [number, number, number] = [0, 0, 0];
  for (const d of diagnostics) t[d.severity === 1 ? 0 : d.severity === 2 ? 1 : 2]++;
  return t;
}

function tally(findings: Finding[]): [number, number, number] {
  const t: [number, number, number] = [0, 0, 0];
  for (const f of findings) t[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
  return t;
}
