import * as fs from 'node:fs';
import { FileChangeType, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../config/load';
import { toPath } from '../model/uri';
import type { Finding, PolicyService } from '../service';
import { span } from '../service/phaseTrace';
import { toDiagnostic } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { DocumentsHost } from './documentsHost';
import { analyzeUncached } from '../analysis';
import { waitsForCodeParsers } from '../formats/code';
import { OFF_THREAD_CHARS, OffThreadLinter, WARM_UP_PROMPT, type OffThreadResult } from './offThreadLint';
import { Scheduler } from './scheduler';
import type { InboxGate } from './transport';
import { unreadableCheck } from './unreadable';
import { WorkspaceScanner } from './workspaceScan';

/**
 * A lint longer than this holds up hovers and code actions on this thread noticeably: a document whose lint
 * on the worker took longer stays there, and one whose last two lints here took longer moves there.
 */
const SLOW_LINT_MS = 50;
/**
 * Documents up to this long (characters) are cheap to lint whatever they hold, so their first lint runs here.
 * A longer one's cost is unknown until a lint was timed: a grant-heavy prompt costs many times what prose of the
 * same size costs (WA_POLICY_UNTIMED_CHARS changes it). 64 KB, not less: an ordinary 300-line prompt (~17 KB)
 * analyses in about 2 ms, and starting the worker for it costs 50–90 MB of memory while the worker lives.
 */
const UNTIMED_CHARS = Number(process.env.WA_POLICY_UNTIMED_CHARS ?? 64 * 1024);

/** The findings last published for an open document, at the version they were computed for. */
export interface Published {
  version: number;
  findings: Finding[];
}

/**
 * The path from an edit to a squiggle: reacts to document and file events, lints open documents at their latest
 * version through the scheduler, publishes their diagnostics and keeps them (in `published`) for hovers and code
 * actions. Files of a project that are not open are left to the workspace scanner.
 */
export class LiveDiagnostics {
  readonly scheduler: Scheduler;
  readonly scanner: WorkspaceScanner;
  /** Lints of large documents on the worker: uri → version under way, and whether it was asked for again meanwhile. */
  private readonly offThread: OffThreadLinter | undefined;
  /** Checks of files that are not open, on a worker of their own (lsp/offThreadLint.ts). */
  private readonly background: OffThreadLinter | undefined;
  private readonly inFlight = new Map<string, { version: number; again: boolean }>();
  /** Files of the projects linted on the worker (this thread's service never built their models). */
  private readonly workerProjects = new Map<string, string[]>();
  /** Documents whose lint on this thread was slow (see SLOW_LINT_MS), and sizes of files on disk. */
  private readonly slow = new Set<string>();
  private readonly slowOnce = new Set<string>();
  /**
   * Documents whose lint was timed on the worker and found fast, with their size then: linted here from then on,
   * until they grow to twice that size (their cost is unknown again).
   */
  private readonly timed = new Map<string, number>();
  private readonly diskSizes = new Map<string, number>();
  /** Lints of open documents run on this thread (the server's debug statistics). */
  private lintsHere = 0;
  /** Of those, lints of documents bound for the worker, run here while it started. */
  private bridged = 0;
  /**
   * Documents edited since the service last forgot them: forgotten once before the next lint or code action,
   * not per edit (forgetting reads the text, and a burst of 1,000 edits joined a 150 KB text 1,000 times).
   */
  private readonly edited = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly host: DocumentsHost,
    private readonly service: PolicyService,
    private readonly published: Map<string, Published>,
    gate: InboxGate,
    workerScript?: string,
  ) {
    this.scheduler = new Scheduler(gate, (uri) => this.validate(uri));
    const release = (uri: string) => this.release(uri);
    const offThread =
      workerScript && OFF_THREAD_CHARS > 0 ? new OffThreadLinter(workerScript, documents, host) : undefined;
    this.offThread = offThread;
    const background = offThread && new OffThreadLinter(workerScript!, documents, host, true);
    this.background = background;
    const closedFiles = background && {
      // A closed file of a project whose model this thread has not built costs what the project costs.
      heavy: (uri: string) =>
        this.heavy(uri) ||
        this.sizeOf(uri) > UNTIMED_CHARS ||
        (!this.service.projectFiles(uri).length && this.service.inputFiles(uri).length > 1),
      lint: (uri: string) => background.lint(uri, -1, service.locale()),
    };
    this.scanner = new WorkspaceScanner(
      connection,
      service,
      documents,
      this.scheduler,
      release,
      unreadableCheck(host.workspaceFolders, service.locale),
      workerScript,
      closedFiles,
    );
  }

  /** Lints an open document at its current version and publishes; project files that are not open follow in the background. */
  private validate(uri: string): void {
    this.flushEdits();
    const doc = this.documents.get(uri);
    if (!doc) return;
    // A link out of the workspace, a dangling link, a file the server may not read: what the CLI reports.
    const unreadable = this.scanner.unreadable(uri);
    if (unreadable)
      return this.publish(uri, doc.version, () => [unreadable], [toDiagnostic(unreadable, doc.version, 0)]);
    if (this.offThread && (this.heavy(uri) || this.costUnknown(uri))) {
      // While the worker starts (thread, bundle, lexicons: 0.5–1 s on a quiet core, 6–13 s at load 20–35), a
      // document whose lint is not known to be long work is linted here: its diagnostics do not wait for the cold
      // start (a burst of edits right after opening a 150 KB file waited 11–13 s for it). One found slow once
      // already waits for the worker, and so does a code file while this thread has not loaded the code parsers (a
      // lint here would publish no findings until they load; the worker waits for them).
      if (this.offThread.ready || this.heavy(uri) || this.slowOnce.has(uri) || waitsForCodeParsers(uri))
        return this.validateOffThread(uri, doc.version);
      this.offThread.warm();
      this.bridged++;
      return this.validateHere(uri, true);
    }
    this.validateHere(uri);
  }

  /**
   * What a document's lint costs is unknown until one was timed when it is over UNTIMED_CHARS (its content, not
   * its size, decides: grants, fences, many findings) or belongs to a multi-file project (Rasa, Dialogflow CX, a
   * code bot's files…: it costs what its project costs, which no size shows before its model is built). It is
   * linted on the worker until a lint there was fast (then here: edits of a small document stay on this thread)
   * or two in a row were slow (then there for good).
   */
  private costUnknown(uri: string): boolean {
    if (this.slow.has(uri)) return false;
    const size = this.sizeOf(uri);
    const timedAt = this.timed.get(uri);
    if (timedAt !== undefined) return size > 2 * Math.max(timedAt, UNTIMED_CHARS);
    return size > UNTIMED_CHARS || this.service.inputFiles(uri).length > 1;
  }

  /** A lint's time on the worker decides where the next ones of a document whose cost was unknown run. */
  private timedOnWorker(uri: string, ms: number): void {
    if (ms <= SLOW_LINT_MS) {
      this.timed.set(uri, this.sizeOf(uri));
      this.slowOnce.delete(uri);
    } else if (this.slowOnce.has(uri)) this.slow.add(uri);
    else this.slowOnce.add(uri);
  }

  /**
   * Whether linting `uri` is long work for this thread: what it reads (the file, or its project's files, open
   * or on disk) reaches OFF_THREAD_CHARS, or its last two lints here were slow (a cost no size shows).
   */
  private heavy(uri: string): boolean {
    if (!this.offThread) return false;
    if (this.slow.has(uri) || this.sizeOf(uri) >= OFF_THREAD_CHARS) return true;
    let total = 0;
    for (const f of this.service.inputFiles(uri)) if ((total += this.sizeOf(f)) >= OFF_THREAD_CHARS) return true;
    return false;
  }

  private sizeOf(uri: string): number {
    const open = this.documents.get(uri);
    if (open) return open.length;
    let size = this.diskSizes.get(uri);
    if (size === undefined) {
      try {
        size = fs.statSync(toPath(uri)).size;
      } catch {
        size = 0; // not a file on disk (an archive's entry, a deleted file)
      }
      this.diskSizes.set(uri, size);
    }
    return size;
  }

  /**
   * Lints `uri` on this thread. `untimed`: a document of unknown cost linted here while the worker starts; a fast
   * lint times it as one on the worker would (its next lints stay here until it doubles in size).
   */
  private validateHere(uri: string, untimed = false): void {
    const doc = this.documents.get(uri)!;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    this.lintsHere++;
    const findings = this.lintHere(uri);
    // Two slow lints in a row: one alone says little (the process warming up). The process's CPU time, when
    // less than the wall time, is the lint's cost: on a loaded machine the wall time is mostly waiting for a core.
    const cpu = process.cpuUsage(cpu0);
    if (Math.min(performance.now() - t0, (cpu.user + cpu.system) / 1000) <= SLOW_LINT_MS) {
      this.slowOnce.delete(uri);
      if (untimed) this.timed.set(uri, this.sizeOf(uri));
    } else if (this.slowOnce.has(uri)) this.slow.add(uri);
    else this.slowOnce.add(uri);
    this.publish(
      uri,
      doc.version,
      () => findings,
      span(uri, 'serialise', () => findings.map((f, i) => toDiagnostic(f, doc.version, i))),
    );
  }

  private lintHere(uri: string): Finding[] {
    try {
      return this.service.lint(uri)?.findings ?? [];
    } catch (e) {
      this.connection.console.error(`wa-policy: failed to check ${uri}: ${(e as Error).stack ?? e}`);
      return [];
    }
  }

  /**
   * A large document is linted on the worker while this thread keeps answering. One lint per document is
   * under way at a time; a newer version (or a request meanwhile) is linted when it returns, and a result
   * for a version that is no longer current is dropped. If the worker fails, the document is linted here.
   */
  private validateOffThread(uri: string, version: number): void {
    const running = this.inFlight.get(uri);
    if (running) return void (running.again = true);
    const state = { version, again: false };
    this.inFlight.set(uri, state);
    const done = (result: OffThreadResult | undefined) => {
      this.inFlight.delete(uri);
      const doc = this.documents.get(uri);
      if (!doc) return;
      if (result) this.workerProjects.set(uri, result.projectFiles);
      if (result) this.timedOnWorker(uri, result.ms);
      if (doc.version === version && result) this.publish(uri, version, result.findings, result.diagnostics);
      if (doc.version === version && !result) return this.validateHere(uri);
      if (doc.version !== version || state.again) this.scheduler.lint([uri]);
    };
    this.offThread!.lint(uri, version, this.service.locale()).then(done, (e: Error) => {
      this.connection.console.error(`wa-policy: the lint worker failed on ${uri}: ${e.message}`);
      done(undefined);
    });
  }

  /** Publishes a lint's diagnostics and keeps its findings (parsed when first needed, for a worker's lint). */
  private publish(uri: string, version: number, findings: () => Finding[], diagnostics: Diagnostic[]): void {
    let parsed: Finding[] | undefined;
    this.published.set(uri, {
      version,
      get findings() {
        return (parsed ??= findings());
      },
    });
    span(uri, 'publish', () => void this.connection.sendDiagnostics({ uri, version, diagnostics }));
    this.scanner.recordDiagnostics(uri, diagnostics);
    // Findings of a project live in the file they are in: show those of its unopened files too.
    for (const other of this.projectOf(uri))
      if (other !== uri && !this.documents.get(other)) this.scanner.checkLater(other);
  }

  /** The files of the project of `uri`, whichever thread linted it. */
  private projectOf(uri: string): string[] {
    const here = this.service.projectFiles(uri);
    return here.length ? here : (this.workerProjects.get(uri) ?? []);
  }

  /** An open document was opened or edited: it and the open documents that depend on it are linted again. */
  changed(uri: string): void {
    this.host.edited(uri);
    // A document the worker will lint starts the worker now: its cold start overlaps the rest of a burst of edits.
    // Asked at the first edit since the last lint only: the question detects the format, which reads the whole text
    // (4 ms per edit of a 150 KB prompt: 4 s for a burst of 1,000 edits, each a new version).
    const first = !this.edited.has(uri);
    this.edited.add(uri);
    if (first && this.offThread && !this.offThread.running && (this.heavy(uri) || this.costUnknown(uri)))
      this.offThread.warm();
    const open = this.documents.uris();
    const onWorker = open.filter((d) => d !== uri && this.workerProjects.get(d)?.includes(uri));
    this.scheduler.lint([uri, ...this.service.dependents(uri, open), ...onWorker]);
  }

  /** The service forgets what it kept for the documents edited since the last call. */
  flushEdits(): void {
    for (const uri of this.edited) this.service.invalidate(uri);
    this.edited.clear();
  }

  closed(uri: string): void {
    this.published.delete(uri);
    this.diskSizes.delete(uri);
    for (const set of [this.slow, this.slowOnce, this.timed]) set.delete(uri);
    const siblings = this.projectOf(uri);
    this.workerProjects.delete(uri);
    this.host.forget(uri);
    this.service.invalidate(uri);
    if (!this.scanner.closed(uri)) {
      this.scanner.record(uri, []);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.release(uri);
    }
    this.scheduler.lint(this.documents.uris().filter((u) => siblings.includes(u)));
  }

  /**
   * The client is initialized: this thread builds what a first analysis builds (lexicons, phrase matchers) now, in
   * an idle moment, rather than in the first lint of an open document.
   */
  warmUp(): void {
    setTimeout(() => {
      if (!this.lintsHere) analyzeUncached(WARM_UP_PROMPT);
    }, 0).unref();
  }

  /** Something every check depends on changed (the code parsers were loaded): lint the open documents again. */
  recheckOpen(): void {
    for (const uri of this.documents.uris()) this.service.invalidate(uri);
    this.scheduler.lint(this.documents.uris());
  }

  /** Files changed on disk (watched files): forget them, tell the scanner, lint the open documents they affect again. */
  filesChanged(changes: FileEvent[]): void {
    const affected = this.openAffectedBy(changes);
    for (const c of changes) {
      this.diskSizes.delete(c.uri);
      this.host.forget(c.uri, c.type === FileChangeType.Deleted);
      this.service.invalidate(c.uri);
      this.offThread?.fileChanged(c.uri);
      this.background?.fileChanged(c.uri);
    }
    for (const c of changes) this.scanner.fileChanged(c.uri, c.type === FileChangeType.Deleted);
    this.scheduler.lint(affected);
  }

  /**
   * The open documents whose findings may change with these files: all of them when a file was created or
   * deleted (a project or a link may gain or lose a file); otherwise those changed themselves, those whose project
   * or inputs hold a changed file, and those a changed config governs. Others keep their diagnostics: a checkout
   * of 2,000 files re-linted every open document, and a document opened then waited behind them. The service's
   * `dependents` is asked for configs only: for another file it scans the kept models for the project siblings the
   * loop below finds per open document (and it knows only this thread's models, not the worker's).
   */
  private openAffectedBy(changes: FileEvent[]): string[] {
    const open = this.documents.uris();
    if (changes.some((c) => c.type !== FileChangeType.Changed)) return open;
    const changed = new Set(changes.map((c) => c.uri));
    const configs = changes.filter((c) => c.uri.endsWith(`/${CONFIG_FILE}`));
    const affected = new Set(configs.flatMap((c) => this.service.dependents(c.uri, open)));
    for (const d of open)
      if ([d, ...this.projectOf(d), ...this.service.inputFiles(d)].some((f) => changed.has(f))) affected.add(d);
    return open.filter((d) => affected.has(d));
  }

  /** Sizes of what this object and the lint worker keep (the server's debug statistics, lsp/register.ts). */
  stats(): Record<string, unknown> {
    return {
      published: this.published.size,
      lintsHere: this.lintsHere,
      bridged: this.bridged,
      inFlight: this.inFlight.size,
      workerProjects: this.workerProjects.size,
      slow: this.slow.size + this.slowOnce.size,
      timed: this.timed.size,
      diskSizes: this.diskSizes.size,
      scanner: this.scanner.stats(),
      worker: this.offThread?.stats(),
      background: this.background?.stats(),
    };
  }

  /** Frees what the service and the host keep for a file that is not open, unless its project has an open file. */
  private release(uri: string): void {
    if (this.documents.get(uri) || this.service.projectFiles(uri).some((f) => this.documents.get(f))) return;
    this.service.release(uri);
    this.host.drop(uri);
  }
}
