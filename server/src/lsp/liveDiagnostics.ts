import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver/node';
import type { Finding, PolicyService } from '../service';
import { toDiagnostic } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { DocumentsHost } from './documentsHost';
import { Scheduler } from './scheduler';
import type { InboxGate } from './transport';
import { WorkspaceScanner } from './workspaceScan';

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
    this.scanner = new WorkspaceScanner(connection, service, documents, this.scheduler, release, workerScript);
  }

  /** Lints an open document at its current version and publishes; project files that are not open follow in the background. */
  private validate(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let findings: Finding[] = [];
    try {
      findings = this.service.lint(uri)?.findings ?? [];
    } catch (e) {
      this.connection.console.error(`wa-policy: failed to check ${uri}: ${(e as Error).stack ?? e}`);
    }
    this.published.set(uri, { version, findings });
    const diagnostics = findings.map((f, i) => toDiagnostic(f, version, i));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.scanner.record(uri, findings);
    // Findings of a project live in the file they are in: show those of its unopened files too.
    for (const other of this.service.projectFiles(uri))
      if (other !== uri && !this.documents.get(other)) this.scanner.checkLater(other);
  }

  /** An open document was opened or edited: it and the open documents that depend on it are linted again. */
  changed(uri: string): void {
    this.host.edited(uri);
    this.service.invalidate(uri);
    this.scheduler.lint([uri, ...this.service.dependents(uri, this.documents.uris())]);
  }

  closed(uri: string): void {
    this.published.delete(uri);
    const siblings = this.service.projectFiles(uri);
    this.host.forget(uri);
    this.service.invalidate(uri);
    if (!this.scanner.closed(uri)) {
      this.scanner.record(uri, []);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.release(uri);
    }
    this.scheduler.lint(this.documents.uris().filter((u) => siblings.includes(u)));
  }

  /** Files changed on disk (watched files): forget them, tell the scanner, lint the open documents again. */
  filesChanged(changes: FileEvent[]): void {
    for (const c of changes) {
      this.host.forget(c.uri, c.type === FileChangeType.Deleted);
      this.service.invalidate(c.uri);
    }
    for (const c of changes) this.scanner.fileChanged(c.uri, c.type === FileChangeType.Deleted);
    this.scheduler.lint(this.documents.uris());
  }

  /** Frees what the service and the host keep for a file that is not open, unless its project has an open file. */
  private release(uri: string): void {
    if (this.documents.get(uri) || this.service.projectFiles(uri).some((f) => this.documents.get(f))) return;
    this.service.release(uri);
    this.host.drop(uri);
  }
}
